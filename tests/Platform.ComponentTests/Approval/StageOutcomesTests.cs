using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;

namespace Platform.ComponentTests.Approval;

/// <summary>The lead department's other outcomes, 容缺受理, a refusal, and tracking by project code and 查询码.</summary>
public sealed class StageOutcomesTests : IAsyncLifetime
{
    readonly ApprovalScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<string> Submit(params (string Name, string Status)[] changed)
    {
        var materials = new[] { "项目申请报告", "规划选址意见", "申请表", "用地范围图", "环境影响报告表", "公众参与说明" }
            .Select(name => (name, changed.FirstOrDefault(c => c.Name == name).Status ?? "present")).ToArray();
        var stage = await Ok(await _hall.Window.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 1, materials = ApprovalScenario.Materials(materials) }));
        return stage.GetProperty("stageNo").GetString()!;
    }

    Task<HttpResponseMessage> Check(string stageNo, object body) =>
        _hall.Approver("ZRZYJ").PostAsJsonAsync($"/api/approval/stages/{stageNo}/check", body);

    static string Task(JsonElement stage, string department) => stage.GetProperty("tasks").EnumerateArray()
        .Single(t => t.GetProperty("departmentCode").GetString() == department).GetProperty("taskNo").GetString()!;

    [Fact]
    public async Task A_one_time_notice_names_every_lacking_material_and_the_clock_starts_on_the_supplement()
    {
        _hall.Host.Clock.Set("2025-09-25T09:00:00+08:00");
        await _hall.RegisterProjectAsync();
        var stageNo = await Submit(("申请表", "missing"), ("环境影响报告表", "defective"), ("公众参与说明", "missing"));
        await (await Check(stageNo, new { outcome = "accept" })).AssertProblemAsync(400, "materials-incomplete");
        await (await Check(stageNo, new { outcome = "notice", notice = new[] { "申请表" } })).AssertProblemAsync(400, "notice-incomplete");
        var notice = await Ok(await Check(stageNo, new { outcome = "notice", notice = new[] { "申请表", "环境影响报告表" } }));
        Assert.Equal("awaiting-materials", notice.GetProperty("status").GetString()); // 公众参与说明 is optional

        await (await _hall.Window.PostAsJsonAsync($"/api/approval/stages/{stageNo}/materials", new { materials = new[] { "申请表" } }))
            .AssertProblemAsync(400, "supplement-incomplete");
        _hall.Host.Clock.Set("2025-09-29T10:00:00+08:00");
        var accepted = await Ok(await _hall.Window.PostAsJsonAsync($"/api/approval/stages/{stageNo}/materials",
            new { materials = new[] { "申请表", "环境影响报告表" } }));
        Assert.Equal("in-progress", accepted.GetProperty("status").GetString());
        Assert.Equal("2025-09-29", DateTimeOffset.Parse(accepted.GetProperty("acceptedAt").GetString()!).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd"));
        Assert.Equal("2025-10-13", accepted.GetProperty("dueDate").GetString()); // 5 from 09-29: 09-30, 10-09, 10-10, 10-11, 10-13
    }

    [Fact]
    public async Task A_rejection_needs_reason_and_basis_and_the_stage_may_be_applied_for_again()
    {
        await _hall.RegisterProjectAsync();
        var stageNo = await Submit();
        await (await Check(stageNo, new { outcome = "reject", reason = "不属于本级审批权限" })).AssertProblemAsync(400, "validation-failed");
        var rejected = await Ok(await Check(stageNo, new { outcome = "reject", reason = "不属于本级审批权限", legalBasis = "《行政许可法》第三十二条" }));
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.NotEqual(stageNo, await Submit());
    }

    [Fact]
    public async Task Deferred_materials_are_owed_by_a_date_and_the_stage_cannot_complete_without_them()
    {
        _hall.Host.Clock.Set("2025-09-25T09:00:00+08:00");
        await _hall.RegisterProjectAsync();
        var keyMissing = await Submit(("申请表", "missing"));
        await (await Check(keyMissing, new { outcome = "accept-deferred", promise = "五日内补交" })).AssertProblemAsync(400, "key-materials-missing");
        await Ok(await Check(keyMissing, new { outcome = "reject", reason = "材料不全", legalBasis = "《行政许可法》第三十二条" }));

        var stageNo = await Submit(("用地范围图", "missing"));
        await (await Check(stageNo, new { outcome = "accept-deferred" })).AssertProblemAsync(400, "validation-failed");
        var accepted = await Ok(await Check(stageNo, new { outcome = "accept-deferred", promise = "五日内补交用地范围图" }));
        // 5 working days (the stage's 容缺 period) from 09-25: 09-26, 09-28, 09-29, 09-30, 10-09.
        Assert.Equal("2025-10-09", accepted.GetProperty("deferred").GetProperty("dueDate").GetString());
        foreach (var department in new[] { "FGJ", "SJJ" })
        {
            await Ok(await _hall.Approver(department).PostAsJsonAsync($"/api/approval/tasks/{Task(accepted, department)}/decision",
                new { decision = "approve", decisionNo = department + "-1" }));
        }
        var lastTask = Task(accepted, "ZRZYJ");
        await (await _hall.Approver("ZRZYJ").PostAsJsonAsync($"/api/approval/tasks/{lastTask}/decision",
            new { decision = "approve", decisionNo = "地字2号" })).AssertProblemAsync(409, "deferred-materials-owed");

        _hall.Host.Clock.Set("2025-10-10T09:00:00+08:00");
        var overdue = await Ok(await _hall.Owner.GetAsync($"/api/approval/stages/{stageNo}"));
        Assert.True(overdue.GetProperty("deferred").GetProperty("overdue").GetBoolean());
        await Ok(await _hall.Window.PostAsJsonAsync($"/api/approval/stages/{stageNo}/materials", new { materials = new[] { "用地范围图" } }));
        var done = await Ok(await _hall.Approver("ZRZYJ").PostAsJsonAsync($"/api/approval/tasks/{lastTask}/decision",
            new { decision = "approve", decisionNo = "地字2号" }));
        Assert.Equal("completed", done.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_refusal_ends_the_stage_and_closes_the_other_tasks()
    {
        await _hall.RegisterProjectAsync();
        var stageNo = await Submit();
        var accepted = await Ok(await Check(stageNo, new { outcome = "accept" }));
        await Ok(await _hall.Approver("FGJ").PostAsJsonAsync($"/api/approval/tasks/{Task(accepted, "FGJ")}/decision",
            new { decision = "approve", decisionNo = "核准1号" }));
        await (await _hall.Approver("SJJ").PostAsJsonAsync($"/api/approval/tasks/{Task(accepted, "SJJ")}/decision",
            new { decision = "refuse", reason = "选址位于饮用水源保护区" })).AssertProblemAsync(400);
        var refused = await Ok(await _hall.Approver("SJJ").PostAsJsonAsync($"/api/approval/tasks/{Task(accepted, "SJJ")}/decision",
            new { decision = "refuse", reason = "选址位于饮用水源保护区", legalBasis = "《水污染防治法》第六十五条" }));
        Assert.Equal("refused", refused.GetProperty("status").GetString());
        var statuses = refused.GetProperty("tasks").EnumerateArray()
            .ToDictionary(t => t.GetProperty("departmentCode").GetString()!, t => t.GetProperty("status").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["FGJ"] = "approved", ["SJJ"] = "refused", ["ZRZYJ"] = "closed" }, statuses);
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalStageRefused>(e => e.StageNo == stageNo
            && e.DepartmentCode == "SJJ" && e.ClosedTaskNos.SequenceEqual(new[] { Task(accepted, "ZRZYJ") })));
        await (await _hall.Approver("ZRZYJ").PostAsJsonAsync($"/api/approval/tasks/{Task(accepted, "ZRZYJ")}/decision",
            new { decision = "approve", decisionNo = "地字3号" })).AssertProblemAsync(409, "task-not-open");
        // The department's queue no longer holds it.
        var queue = await Ok(await _hall.Approver("ZRZYJ").GetAsync("/api/approval/tasks"));
        Assert.Equal(0, queue.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Anyone_with_the_code_and_its_tracking_code_follows_the_project_and_guessing_is_limited()
    {
        var registered = await Ok(await _hall.Owner.PostAsJsonAsync("/api/approval/projects", new
        {
            code = ApprovalScenario.ProjectCode,
            name = "示例产业园一期",
            applicantName = "示例科技有限公司",
            applicantCreditCode = ApprovalScenario.CreditCode,
            investmentKind = "enterprise",
            location = "成都市郫都区",
        }));
        var code = registered.GetProperty("trackingCode").GetString()!;
        Assert.Matches("^[0-9]{6}$", code);
        var track = (string verify) => _hall.Anonymous.GetAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/status?verify={verify}");
        var tracked = await Ok(await track(code));
        Assert.Equal(JsonValueKind.Null, tracked.GetProperty("project").GetProperty("ownerAccount").ValueKind);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            await (await track(wrong)).AssertProblemAsync(404, "project-not-found");
        }
        var locked = await track(code);
        await locked.AssertProblemAsync(429, "too-many-attempts");
        Assert.NotNull(locked.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.NotFound, (await _hall.Stranger.GetAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}")).StatusCode);
    }
}
