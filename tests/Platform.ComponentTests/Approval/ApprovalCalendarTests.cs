using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;

namespace Platform.ComponentTests.Approval;

/// <summary>DESIGN §4 for parallel approval: a due date reaching a year without a notice is provisional, and the notice re-dates it.</summary>
public sealed class ApprovalCalendarTests : IAsyncLifetime
{
    readonly ApprovalScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task The_holiday_notice_moves_the_due_dates_of_open_tasks()
    {
        _hall.Host.Clock.Set("2026-12-28T10:00:00+08:00");
        await _hall.RegisterProjectAsync();
        var submitted = await _hall.Window.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 1, materials = ApprovalScenario.Stage1Complete });
        var stageNo = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stageNo").GetString()!;
        var accepted = await (await _hall.Approver("ZRZYJ").PostAsJsonAsync($"/api/approval/stages/{stageNo}/check", new { outcome = "accept" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var fg = accepted.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("departmentCode").GetString() == "FGJ");
        // Promised 4 from 12-28 without a 2027 notice: 12-29, 12-30, 12-31, 01-01 counted from weekends.
        Assert.Equal("2027-01-01", fg.GetProperty("dueDate").GetString());
        Assert.True(fg.GetProperty("dueDateProvisional").GetBoolean());

        var version = await CalendarNotices.Load2027Async(_hall.Host);
        var redated = await CalendarNotices.WhenFollowedAsync(version,
            () => _hall.Owner.GetFromJsonAsync<JsonElement>($"/api/approval/stages/{stageNo}"));
        fg = redated.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("departmentCode").GetString() == "FGJ");
        // 12-31 and 01-01 are the New Year holiday: 12-29, 12-30, 01-04, 01-05.
        Assert.Equal("2027-01-05", fg.GetProperty("dueDate").GetString());
        Assert.False(fg.GetProperty("dueDateProvisional").GetBoolean());
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalTaskDueDatesChanged>(e => e.StageNo == stageNo
            && e.OpenTasks.Any(t => t.TaskNo == fg.GetProperty("taskNo").GetString() && t.DueDate == new DateOnly(2027, 1, 5) && !t.Provisional)));
    }
}
