using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Intake;
using Platform.Contracts.Supervision;

namespace Platform.ComponentTests.Supervision;

/// <summary>电子监察 across the 2025 National Day holiday: yellow and red by working days, cleared on completion, appealed.</summary>
public sealed class WarningTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    // SC-001 is promised in 5 working days. W-1 accepted 09-23 is due 09-29; W-2 accepted 09-25 is due 10-09.
    const string Cases = """
        caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
        W-1,SC-001,2025-09-23T09:00:00+08:00,,0
        W-2,SC-001,2025-09-25T09:00:00+08:00,,0
        """;

    async Task<Dictionary<string, string>> Evaluate(string now)
    {
        _hall.Host.Clock.Set(now);
        (await _hall.Supervisor.PostAsync("/api/supervision/warnings/evaluate", null)).EnsureSuccessStatusCode();
        var warnings = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings");
        return warnings.EnumerateArray().Where(w => w.GetProperty("status").GetString() is "active" or "appealed" or "upheld")
            .GroupBy(w => w.GetProperty("caseNo").GetString()!)
            .ToDictionary(g => g.Key, g => g.Any(w => w.GetProperty("level").GetString() == "red") ? "red" : "yellow");
    }

    [Fact]
    public async Task Warnings_follow_working_days_and_nothing_turns_red_over_a_holiday()
    {
        _hall.Host.Clock.Set("2025-09-24T10:00:00+08:00"); // the hall's day when the cases arrive (judged on arrival)
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(Cases, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2025-09-01&to=2025-09-30")).GetProperty("accepted").GetInt32() < 2)
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(100);
        }

        Assert.Empty(await Evaluate("2025-09-24T10:00:00+08:00"));
        Assert.Empty(await Evaluate("2025-09-26T10:00:00+08:00")); // W-1: 2 working days left, 3 of 5 used
        Assert.Equal(new Dictionary<string, string> { ["W-1"] = "yellow" }, await Evaluate("2025-09-28T10:00:00+08:00")); // 调休 Sunday: 1 left
        // 09-30: W-1 is a working day past due; W-2 has one working day left (10-09) across the eight-day holiday.
        Assert.Equal(new Dictionary<string, string> { ["W-1"] = "red", ["W-2"] = "yellow" }, await Evaluate("2025-09-30T10:00:00+08:00"));
        // Through the holiday W-2 keeps its one working day; it turns red on 10-10, the first working day after 10-09.
        Assert.Equal(new Dictionary<string, string> { ["W-1"] = "red", ["W-2"] = "yellow" }, await Evaluate("2025-10-08T10:00:00+08:00"));
        Assert.Equal(new Dictionary<string, string> { ["W-1"] = "red", ["W-2"] = "red" }, await Evaluate("2025-10-10T10:00:00+08:00"));
        Assert.True(await _hall.Harness.PublishedAsync<WarningRaised>(w => w.CaseNo == "W-2" && w.Level == "red"));
    }

    [Fact]
    public async Task A_case_due_before_the_holiday_waits_for_the_first_working_day_to_turn_red_and_completion_clears_it()
    {
        const string dueBeforeHoliday = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
            H-1,SC-001,2025-09-24T09:00:00+08:00,,0
            """; // due 09-30
        _hall.Host.Clock.Set("2025-09-24T10:00:00+08:00");
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(dueBeforeHoliday, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/metrics?from=2025-09-01&to=2025-09-30")).GetProperty("accepted").GetInt32() < 1)
        {
            Assert.True(DateTime.UtcNow < deadline);
            await Task.Delay(100);
        }

        // Due 09-30, still open on 10-05: only holidays have passed since, so yellow, not red.
        Assert.Equal(new Dictionary<string, string> { ["H-1"] = "yellow" }, await Evaluate("2025-10-05T10:00:00+08:00"));
        Assert.Equal(new Dictionary<string, string> { ["H-1"] = "red" }, await Evaluate("2025-10-09T10:00:00+08:00"));

        var red = (await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings?level=red"))[0];
        var id = red.GetProperty("id").GetGuid();
        await (await _hall.Approver.PostAsJsonAsync($"/api/supervision/warnings/{id}/appeal", new { reason = "" })).AssertProblemAsync(400);
        Assert.Equal(HttpStatusCode.OK, (await _hall.Approver.PostAsJsonAsync($"/api/supervision/warnings/{id}/appeal", new { reason = "申请人补正材料占用时间未扣除" })).StatusCode);
        var decided = await _hall.Supervisor.PostAsJsonAsync($"/api/supervision/warnings/{id}/decide", new { outcome = "revoked", note = "核实补正期间不计时" });
        var warning = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("revoked", warning.GetProperty("status").GetString());
        Assert.Equal(["raised", "appealed", "revoked"], warning.GetProperty("trail").EnumerateArray().Select(t => t.GetProperty("action").GetString()));

        // Completion clears the remaining (yellow) warning.
        _hall.Host.Clock.Set("2025-10-10T10:00:00+08:00");
        (await _hall.Admin.PostAsJsonAsync("/api/intake/cases/H-1/complete", new { result = "approved", decisionNo = "食经许〔2025〕77号" })).EnsureSuccessStatusCode();
        deadline = DateTime.UtcNow.AddSeconds(20);
        Dictionary<string, string> live;
        do
        {
            await Task.Delay(100);
            live = await Evaluate("2025-10-10T10:00:00+08:00");
        } while (live.Count > 0 && DateTime.UtcNow < deadline);
        Assert.Empty(live);
    }

    [Fact]
    public async Task A_case_that_arrives_already_late_is_warned_at_once_without_waiting_for_the_clock()
    {
        _hall.Host.Clock.Set("2025-10-20T10:00:00+08:00"); // the warning clock ticks every 5 minutes here: too slow to matter
        const string late = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
            L-1,SC-001,2025-09-01T09:00:00+08:00,,0
            """;
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(late, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();

        Assert.True(await _hall.Harness.PublishedAsync<WarningRaised>(w => w.CaseNo == "L-1" && w.Level == "red"));
        var warnings = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings?level=red");
        Assert.Equal("L-1", Assert.Single(warnings.EnumerateArray()).GetProperty("caseNo").GetString());
    }
}
