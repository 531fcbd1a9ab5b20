using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Approval;

namespace Platform.ComponentTests.Approval;

/// <summary>
/// A stage from the window to its completion across the 2025 National Day holiday (10-01…10-08 off, 09-28 and 10-11
/// make-up working days): the lead department's check, the fan-out, a supplement stopping every task's clock, the
/// figures of DESIGN §6 computed by hand.
/// </summary>
public sealed class ParallelApprovalTests : IAsyncLifetime
{
    readonly ApprovalScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<string> SubmitStage1(object[]? materials = null, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages")
        {
            Content = JsonContent.Create(new { stage = 1, materials = materials ?? ApprovalScenario.Stage1Complete }),
        };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return (await Ok(await _hall.Window.SendAsync(request))).GetProperty("stageNo").GetString()!;
    }

    static Dictionary<string, JsonElement> TasksByDepartment(JsonElement stage) =>
        stage.GetProperty("tasks").EnumerateArray().ToDictionary(t => t.GetProperty("departmentCode").GetString()!);

    Task<HttpResponseMessage> Decide(string department, string taskNo, object body) =>
        _hall.Approver(department).PostAsJsonAsync($"/api/approval/tasks/{taskNo}/decision", body);

    [Fact]
    public async Task A_stage_fans_out_stops_for_a_supplement_and_completes_with_the_design_figures()
    {
        _hall.Host.Clock.Set("2025-09-25T09:00:00+08:00");
        await _hall.RegisterProjectAsync();
        var stageNo = await SubmitStage1();
        // Only the lead department checks.
        await (await _hall.Approver("FGJ").PostAsJsonAsync($"/api/approval/stages/{stageNo}/check", new { outcome = "accept" }))
            .AssertProblemAsync(403, "not-your-department");
        var accepted = await Ok(await _hall.Approver("ZRZYJ").PostAsJsonAsync($"/api/approval/stages/{stageNo}/check", new { outcome = "accept" }));
        Assert.Equal("in-progress", accepted.GetProperty("status").GetString());
        var tasks = TasksByDepartment(accepted);
        Assert.Equal(["FGJ", "SJJ", "ZRZYJ"], tasks.Keys.Order());
        // Promised 4 from Thursday 09-25: 09-26, Sunday 09-28 (make-up), 09-29, 09-30. Promised 5 reaches 10-09.
        Assert.Equal("2025-09-30", tasks["FGJ"].GetProperty("dueDate").GetString());
        Assert.Equal("2025-10-09", tasks["ZRZYJ"].GetProperty("dueDate").GetString());
        Assert.Equal("2025-10-09", accepted.GetProperty("dueDate").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalStageAccepted>(e => e.StageNo == stageNo
            && e.LimitDays == 5 && e.SerialWorkingDays == 70 && e.Tasks.Count == 3));

        _hall.Host.Clock.Set("2025-09-26T10:00:00+08:00");
        await Ok(await Decide("FGJ", tasks["FGJ"].GetProperty("taskNo").GetString()!, new { decision = "approve", decisionNo = "川发改核〔2025〕1号" }));
        // Another department cannot decide this task: it does not even see it.
        await (await Decide("SJJ", tasks["FGJ"].GetProperty("taskNo").GetString()!, new { decision = "approve", decisionNo = "x" }))
            .AssertProblemAsync(404);

        _hall.Host.Clock.Set("2025-09-28T10:00:00+08:00");
        var stopped = await Ok(await Decide("SJJ", tasks["SJJ"].GetProperty("taskNo").GetString()!,
            new { decision = "request-supplement", items = new[] { "补充噪声影响分析" } }));
        Assert.Equal("stopped", stopped.GetProperty("status").GetString());
        await (await Decide("ZRZYJ", tasks["ZRZYJ"].GetProperty("taskNo").GetString()!, new { decision = "approve", decisionNo = "地字1号" }))
            .AssertProblemAsync(409, "stage-stopped");

        // The answer on 10-09 stops 09-29, 09-30 and 10-09: three working days move every open task.
        _hall.Host.Clock.Set("2025-10-09T15:00:00+08:00");
        var resumed = await Ok(await _hall.Owner.PostAsJsonAsync($"/api/approval/stages/{stageNo}/supplement-answer", new { note = "已补充" }));
        Assert.Equal(3, resumed.GetProperty("suspendedWorkingDays").GetInt32());
        tasks = TasksByDepartment(resumed);
        Assert.Equal("2025-10-11", tasks["SJJ"].GetProperty("dueDate").GetString()); // 4 + 3: the make-up Saturday
        Assert.Equal("2025-10-13", tasks["ZRZYJ"].GetProperty("dueDate").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalSupplementReceived>(e => e.StageNo == stageNo && e.SuspendedWorkingDays == 3));

        _hall.Host.Clock.Set("2025-10-10T10:00:00+08:00");
        await Ok(await Decide("SJJ", tasks["SJJ"].GetProperty("taskNo").GetString()!, new { decision = "approve", decisionNo = "环审1号" }));
        _hall.Host.Clock.Set("2025-10-14T10:00:00+08:00");
        var done = await Ok(await Decide("ZRZYJ", tasks["ZRZYJ"].GetProperty("taskNo").GetString()!,
            new { decision = "approve-with-conditions", decisionNo = "地字1号", conditions = "按批准范围用地" }));

        // Stage used: 09-26, 09-28, 09-29, 09-30, 10-09, 10-10, 10-11, 10-13, 10-14 = 9 − 3 stopped = 6 > limit 5.
        Assert.Equal("completed", done.GetProperty("status").GetString());
        Assert.Equal(6, done.GetProperty("workingDaysUsed").GetInt32());
        Assert.Equal(64, done.GetProperty("savedWorkingDays").GetInt32()); // serial 20 + 20 + 30
        Assert.False(done.GetProperty("onTime").GetBoolean());
        tasks = TasksByDepartment(done);
        Assert.Equal((1, true), (tasks["FGJ"].GetProperty("workingDaysUsed").GetInt32(), tasks["FGJ"].GetProperty("onTime").GetBoolean()));
        Assert.Equal((3, true), (tasks["SJJ"].GetProperty("workingDaysUsed").GetInt32(), tasks["SJJ"].GetProperty("onTime").GetBoolean()));
        Assert.Equal((6, false), (tasks["ZRZYJ"].GetProperty("workingDaysUsed").GetInt32(), tasks["ZRZYJ"].GetProperty("onTime").GetBoolean()));
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalStageCompleted>(e => e.StageNo == stageNo
            && e.WorkingDaysUsed == 6 && e.LimitDays == 5 && e.SerialWorkingDays == 70 && e.SavedWorkingDays == 64 && !e.OnTime));
        Assert.True(await _hall.Harness.PublishedAsync<ApprovalTaskDecided>(e => e.TaskNo == tasks["SJJ"].GetProperty("taskNo").GetString()
            && e.WorkingDaysUsed == 3 && e.SuspendedWorkingDays == 3 && e.OnTime));

        // The owner's timeline tells the whole story; a stranger learns nothing.
        var timeline = await Ok(await _hall.Owner.GetAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/timeline"));
        var stage = timeline.GetProperty("stages")[0];
        Assert.Equal(stageNo, stage.GetProperty("stageNo").GetString());
        Assert.Equal("2025-10-09T15:00:00+08:00", DateTimeOffset.Parse(stage.GetProperty("supplements")[0].GetProperty("answeredAt").GetString()!).ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Contains(stage.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "completed");
        await (await _hall.Stranger.GetAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/timeline")).AssertProblemAsync(404, "project-not-found");
        Assert.Equal(HttpStatusCode.OK, (await _hall.As("agent01", "applicant").GetAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Stages_open_in_order_and_a_submission_is_idempotent()
    {
        _hall.Host.Clock.Set("2025-09-25T09:00:00+08:00");
        await _hall.RegisterProjectAsync();
        var request = () => _hall.Window.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 2, materials = ApprovalScenario.Materials(("施工许可申请表", "present"), ("施工合同", "present")) });
        await (await request()).AssertProblemAsync(409, "previous-stage-open");

        var first = await SubmitStage1(key: "k-1");
        Assert.Equal(first, await SubmitStage1(key: "k-1"));
        var reused = new HttpRequestMessage(HttpMethod.Post, $"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages")
        {
            Content = JsonContent.Create(new { stage = 1, materials = ApprovalScenario.Materials(("项目申请报告", "missing")) }),
        };
        reused.Headers.Add("Idempotency-Key", "k-1");
        await (await _hall.Window.SendAsync(reused)).AssertProblemAsync(422, "idempotency-key-reused");
        await (await _hall.Window.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 1, materials = ApprovalScenario.Stage1Complete })).AssertProblemAsync(409, "stage-already-applied");
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        var bad = await (await _hall.Owner.PostAsJsonAsync("/api/approval/projects", new
        {
            code = "2025-51018-47-01-123456",
            name = "",
            applicantName = "某公司",
            applicantCreditCode = "91350100M000100Y44",
            investmentKind = "private",
            location = "x",
        })).AssertProblemAsync(400, "validation-failed");
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["code", "name", "applicantCreditCode", "investmentKind"], fields);
        await (await _hall.Owner.GetAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}")).AssertProblemAsync(404);

        await _hall.RegisterProjectAsync();
        var missingCheck = await (await _hall.Window.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 1, materials = ApprovalScenario.Materials(("项目申请报告", "present"), ("施工合同", "present")) })).AssertProblemAsync(400);
        Assert.Contains("施工合同", missingCheck.GetProperty("detail").GetString());
        await (await _hall.Window.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 5, materials = ApprovalScenario.Stage1Complete })).AssertProblemAsync(400);
        await (await _hall.Owner.PostAsJsonAsync($"/api/approval/projects/{ApprovalScenario.ProjectCode}/stages",
            new { stage = 1, materials = ApprovalScenario.Stage1Complete })).AssertProblemAsync(403);
    }
}
