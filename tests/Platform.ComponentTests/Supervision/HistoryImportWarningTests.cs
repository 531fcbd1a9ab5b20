using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Intake;
using Platform.Contracts.Intake;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// Issue 9: imported completed history never raises warnings dated today (before, a 20,000-case import raised
/// thousands of red warnings, cleared seconds later but left in the month's report); imported open cases past due get
/// their warning once.
/// </summary>
public sealed class HistoryImportWarningTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<List<(string CaseNo, string Level)>> AllWarningsAsync() =>
        [.. (await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings")).EnumerateArray()
            .Select(w => (w.GetProperty("caseNo").GetString()!, w.GetProperty("level").GetString()!))];

    async Task WaitForAcceptedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2025-01-01&to=2025-12-31"))
               .GetProperty("accepted").GetInt32() < count)
        {
            Assert.True(DateTime.UtcNow < deadline, "supervision did not count the imported cases");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Importing_history_warns_only_about_the_open_case_past_due()
    {
        _hall.Host.Clock.Set("2026-11-30T10:00:00+08:00");
        const string history = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
            H-DONE-1,SC-001,2025-03-03T09:00:00+08:00,2025-03-20T16:00:00+08:00,0
            H-DONE-2,JT-001,2025-05-06T09:00:00+08:00,2025-06-30T16:00:00+08:00,0
            H-OPEN,SC-001,2025-09-01T09:00:00+08:00,,0
            """;
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(history, Encoding.UTF8, "text/csv")))
            .EnsureSuccessStatusCode();
        await WaitForAcceptedAsync(3);
        (await _hall.Supervisor.PostAsync("/api/supervision/warnings/evaluate", null)).EnsureSuccessStatusCode();

        Assert.Equal([("H-OPEN", "red")], await AllWarningsAsync());
    }

    [Fact]
    public async Task An_imported_acceptance_that_arrives_before_its_completion_is_not_judged_meanwhile()
    {
        // The order the broker may deliver them in: the acceptance (completion following) first, the clock ticking,
        // then the completion.
        _hall.Host.Clock.Set("2026-11-30T10:00:00+08:00");
        var accepted = new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(8));
        await _hall.Harness.Bus.Publish(new ApplicationAccepted("H-LATE", "SC-001", "食品经营许可", "SCJGJ", "promised", 20, 5,
            null, "natural", accepted, new DateOnly(2025, 3, 10), "test", Imported: true, CompletionFollows: true));
        await WaitForAcceptedAsync(1);
        (await _hall.Supervisor.PostAsync("/api/supervision/warnings/evaluate", null)).EnsureSuccessStatusCode();
        Assert.Empty(await AllWarningsAsync());

        await _hall.Harness.Bus.Publish(new CaseCompleted("H-LATE", "SC-001", "SCJGJ", null, "approved", accepted,
            accepted.AddDays(10), 8, 0, false, false, 20, 5, "test"));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2025-03-01&to=2025-03-31"))
               .GetProperty("completed").GetInt32() < 1)
        {
            Assert.True(DateTime.UtcNow < deadline, "supervision did not count the completion");
            await Task.Delay(100);
        }
        (await _hall.Supervisor.PostAsync("/api/supervision/warnings/evaluate", null)).EnsureSuccessStatusCode();
        Assert.Empty(await AllWarningsAsync());
    }
}
