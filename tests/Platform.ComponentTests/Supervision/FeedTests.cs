using System.Text;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Supervision;

public sealed class FeedTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task A_dashboard_is_pushed_each_committed_change_as_a_server_sent_event()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/supervision/feed");
        using var response = await _hall.Supervisor.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("event: connected", await reader.ReadLineAsync()); // subscribed before the change happens

        const string cases = "caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,rating\nFE-1,SC-002,2025-06-10T09:00:00+08:00,2025-06-10T09:05:00+08:00,0,1\n";
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(cases, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();

        var seen = new HashSet<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (seen.Count < 3 && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) seen.Add(line["event: ".Length..]);
            if (line.StartsWith("data: ", StringComparison.Ordinal) && !line.Contains("\"connected\"")) Assert.Contains("\"caseNo\":\"FE-1\"", line);
        }
        Assert.Equal(["accepted", "completed", "rated"], seen.Order());
        await (await _hall.Window.GetAsync("/api/supervision/feed")).AssertProblemAsync(403);
    }
}
