using System.Text;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;
using Platform.Contracts.Intake;

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

        // Imported history is one change per slice, named by its first case; live work one per event.
        Assert.Equal("imported", await NextEventAsync(reader, "FE-1"));
        var accepted = new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.FromHours(8));
        await _hall.Harness.Bus.Publish(new ApplicationAccepted("FE-2", "SC-002", "食品经营许可", "SCJGJ", "instant", 20, 0,
            null, "natural", accepted, new DateOnly(2026, 6, 10), "test", Imported: false));
        Assert.Equal("accepted", await NextEventAsync(reader, "FE-2"));
        await _hall.Harness.Bus.Publish(new CaseCompleted("FE-2", "SC-002", "SCJGJ", null, "approved", accepted,
            accepted.AddMinutes(5), 0, 0, true, true, 20, 0, "test"));
        Assert.Equal("completed", await NextEventAsync(reader, "FE-2"));
        await _hall.Harness.Bus.Publish(new CaseRated("FE-2", "SC-002", "SCJGJ", null, 1, null, null, accepted.AddMinutes(6)));
        Assert.Equal("rated", await NextEventAsync(reader, "FE-2"));
        await (await _hall.Window.GetAsync("/api/supervision/feed")).AssertProblemAsync(403);
    }

    /// <summary>The next event's name, its data naming the case.</summary>
    static async Task<string> NextEventAsync(StreamReader reader, string caseNo)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? kind = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) kind = line["event: ".Length..];
            if (line.StartsWith("data: ", StringComparison.Ordinal) && kind is not (null or "connected"))
            {
                Assert.Contains($"\"caseNo\":\"{caseNo}\"", line);
                return kind!;
            }
        }
        throw new InvalidOperationException("the feed ended");
    }
}
