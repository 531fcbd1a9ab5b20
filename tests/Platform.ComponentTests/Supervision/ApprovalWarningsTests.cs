using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;
using Platform.Contracts.Supervision;
using static Platform.ComponentTests.Supervision.ApprovalEventsScenario;

namespace Platform.ComponentTests.Supervision;

/// <summary>
/// 电子监察 of parallel-approval tasks by their own due dates, by the cases' rule, across the 2025 National Day holiday
/// (10-01…10-08 off, 09-28 and 10-11 make-up working days): yellow, red, cleared by the decision or the stage's refusal,
/// and never judged while the stage waits for the applicant's supplement.
/// </summary>
public sealed class ApprovalWarningsTests : IAsyncLifetime
{
    readonly ApprovalEventsScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    const string Project = "2025-510181-47-01-123456";
    const string Early = "BL2025092300001-01", Later = "BL2025092500002-01", Waiting = "BL2025092300003-01";

    /// <summary>Live warnings of these tests' tasks only.</summary>
    async Task<Dictionary<string, string>> WarningsOn(string now) => await _hall.EvaluateAsync(now + "+08:00");

    [Fact]
    public async Task Task_warnings_follow_working_days_across_the_holiday_and_the_decision_clears_them()
    {
        _hall.Host.Clock.Set("2025-09-24T10:00:00+08:00");
        // Promised 5 working days: accepted 09-23 due 09-29; accepted 09-25 due 10-09 (across the holiday).
        await _hall.PublishAsync(Accepted("BL2025092300001", Project, 1, "2025-09-23T09:00", (Early, "ZJJ", 20, 5, "2025-09-29")));
        await _hall.PublishAsync(Accepted("BL2025092500002", Project, 2, "2025-09-25T09:00", (Later, "GTJ", 20, 5, "2025-10-09")));

        Assert.Empty(await WarningsOn("2025-09-24T10:00:00"));
        Assert.Empty(await WarningsOn("2025-09-26T10:00:00"));
        Assert.Equal(new Dictionary<string, string> { [Early] = "yellow" }, await WarningsOn("2025-09-28T10:00:00"));
        Assert.Equal(new Dictionary<string, string> { [Early] = "red", [Later] = "yellow" }, await WarningsOn("2025-09-30T10:00:00"));
        Assert.Equal(new Dictionary<string, string> { [Early] = "red", [Later] = "yellow" }, await WarningsOn("2025-10-08T10:00:00"));
        Assert.Equal(new Dictionary<string, string> { [Early] = "red", [Later] = "red" }, await WarningsOn("2025-10-10T10:00:00"));
        Assert.True(await _hall.Harness.PublishedAsync<WarningRaised>(w => w.CaseNo == Later && w.Level == "red" && w.DepartmentCode == "GTJ"));

        // The decision clears the task's warnings on arrival, without waiting for the clock.
        await _hall.PublishAsync(Decided(Later, "BL2025092500002", Project, 2, "GTJ", "approved", "2025-09-25T09:00", "2025-10-10T15:00", 7, 20, 5));
        Assert.Equal(new Dictionary<string, string> { [Early] = "red" }, await _hall.LiveWarningsAsync());
    }

    [Fact]
    public async Task No_warning_while_the_stage_waits_for_a_supplement_and_the_refusal_clears_a_closed_task()
    {
        _hall.Host.Clock.Set("2025-09-24T10:00:00+08:00");
        const string stage = "BL2025092300003";
        await _hall.PublishAsync(Accepted(stage, Project, 1, "2025-09-23T09:00", (Waiting, "ZJJ", 20, 5, "2025-09-29")));
        await _hall.PublishAsync(new ApprovalSupplementRequested(stage, Project, 1, Waiting, "ZJJ", ["规划设计方案"], At("2025-09-24T11:00")));

        Assert.Empty(await WarningsOn("2025-09-30T10:00:00")); // past its old due date, but the applicant holds the clock

        // Answered 10-09 after 6 stopped working days: due 10-14 now, yellow with one working day left (10-13).
        await _hall.PublishAsync(new ApprovalSupplementReceived(stage, Project, 1, At("2025-10-09T09:00"), 6, Day("2025-10-14"),
            [new ApprovalTaskDueDate(Waiting, "ZJJ", Day("2025-10-14"), false)]));
        Assert.Empty(await WarningsOn("2025-10-10T10:00:00"));
        Assert.Equal(new Dictionary<string, string> { [Waiting] = "yellow" }, await WarningsOn("2025-10-13T10:00:00"));
        Assert.Equal(new Dictionary<string, string> { [Waiting] = "red" }, await WarningsOn("2025-10-15T10:00:00"));

        // Another department refused: the stage ends and this task is closed undecided, its warnings cleared.
        await _hall.PublishAsync(new ApprovalStageRefused(stage, Project, 1, "GTJ", [Waiting], At("2025-10-15T11:00")));
        Assert.Empty(await _hall.LiveWarningsAsync());
        Assert.Empty(await WarningsOn("2025-10-20T10:00:00"));
    }

    [Fact]
    public async Task A_task_that_arrives_already_late_is_warned_at_once()
    {
        _hall.Host.Clock.Set("2025-10-20T10:00:00+08:00");

        await _hall.PublishAsync(Accepted("BL2025090100004", Project, 3, "2025-09-01T09:00", ("BL2025090100004-01", "XFJ", 20, 5, "2025-09-08")));

        Assert.Equal(new Dictionary<string, string> { ["BL2025090100004-01"] = "red" }, await _hall.LiveWarningsAsync());
    }
}
