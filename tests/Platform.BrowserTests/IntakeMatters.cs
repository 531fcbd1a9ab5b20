using System.Text.Json.Nodes;

namespace Platform.BrowserTests;

/// <summary>
/// Intake learns the catalogue's published matters from its events after the host starts: a test that takes a ticket
/// or files an application for a demo matter first waits until intake knows it (else it is refused as unpublished).
/// </summary>
public static class IntakeMatters
{
    /// <summary>The matter as intake knows it (with its material list), once it does.</summary>
    public static async Task<JsonNode> WaitUntilKnownAsync(HallApi api, string matterCode)
    {
        var department = matterCode.Split('-')[0];
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var matters = await api.GetAsync($"/api/intake/matters?department={department}", "window01");
            if (matters!.AsArray().FirstOrDefault(m => m?["code"]?.GetValue<string>() == matterCode) is { } matter)
            {
                return matter;
            }
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Intake has not learned matter {matterCode} in 60 s.");
            await Task.Delay(250);
        }
    }
}
