using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Intake;

/// <summary>GET /api/intake/cases: the approver's to-do list, the window's cases of the day, the supervisor's view.</summary>
public sealed class CaseListTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static string[] Numbers(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("caseNo").GetString()!).ToArray();

    [Fact]
    public async Task The_approver_sees_the_open_cases_of_the_department_fewest_working_days_left_first()
    {
        // Monday 2025-09-22: SC-001 promised 5 → due 09-28 (a 调休 Sunday); accepted on 09-25 → due 10-09.
        _hall.Host.Clock.Set("2025-09-22T09:00:00+08:00");
        var early = await _hall.AcceptAsync();
        _hall.Host.Clock.Set("2025-09-25T09:00:00+08:00");
        var later = await _hall.AcceptAsync();
        var otherDepartment = await _hall.AcceptAsync("JT-001", IntakeScenario.Materials(("申请表", "present")));
        var done = await _hall.AcceptAsync();
        (await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{done}/complete",
            new { result = "approved", decisionNo = "食经许〔2025〕9号" })).EnsureSuccessStatusCode();

        _hall.Host.Clock.Set("2025-09-26T10:00:00+08:00"); // Friday: only 09-28 is left of the first
        var page = await _hall.Approver.GetFromJsonAsync<JsonElement>("/api/intake/cases");

        Assert.Equal([early, later], Numbers(page));
        Assert.Equal("none", page.GetProperty("items")[1].GetProperty("warning").GetString());
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(20, page.GetProperty("pageSize").GetInt32());
        var first = page.GetProperty("items")[0];
        Assert.Equal("SC-001", first.GetProperty("matterCode").GetString());
        Assert.Equal("食品经营许可", first.GetProperty("matterName").GetString());
        Assert.Equal("SCJGJ", first.GetProperty("departmentCode").GetString());
        Assert.Equal("市场监督管理局", first.GetProperty("departmentName").GetString());
        Assert.Equal("张*", first.GetProperty("applicant").GetString());
        Assert.Equal("open", first.GetProperty("status").GetString());
        Assert.Equal("办理中", first.GetProperty("statusLabel").GetString());
        Assert.Equal("2025-09-28", first.GetProperty("dueDate").GetString());
        Assert.Equal(1, first.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("yellow", first.GetProperty("warning").GetString()); // ≤ 1 working day left
        Assert.Equal("A01", first.GetProperty("windowNo").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("completedAt").ValueKind);
        Assert.DoesNotContain(otherDepartment, Numbers(page));

        var completed = await _hall.Approver.GetFromJsonAsync<JsonElement>("/api/intake/cases?status=completed");
        var item = Assert.Single(completed.GetProperty("items").EnumerateArray());
        Assert.Equal(done, item.GetProperty("caseNo").GetString());
        Assert.Equal("已办结", item.GetProperty("statusLabel").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("workingDaysLeft").ValueKind);
        Assert.Equal("none", item.GetProperty("warning").GetString());
        Assert.True(item.GetProperty("onTime").GetBoolean());

        var newestFirst = await _hall.Approver.GetFromJsonAsync<JsonElement>(
            "/api/intake/cases?status=all&sort=-acceptedAt&pageSize=2");
        Assert.Equal([done, later], Numbers(newestFirst));
        Assert.Equal(3, newestFirst.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Overdue_cases_are_red_with_negative_working_days_left()
    {
        _hall.Host.Clock.Set("2025-06-02T09:00:00+08:00"); // Monday; due 06-09
        var caseNo = await _hall.AcceptAsync();
        _hall.Host.Clock.Set("2025-06-11T09:00:00+08:00");

        var item = (await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/intake/cases?department=SCJGJ"))
            .GetProperty("items")[0];

        Assert.Equal(caseNo, item.GetProperty("caseNo").GetString());
        Assert.Equal(-2, item.GetProperty("workingDaysLeft").GetInt32());
        Assert.Equal("red", item.GetProperty("warning").GetString());
    }

    [Fact]
    public async Task The_window_lists_its_own_cases_only_with_window_and_others_are_refused()
    {
        _hall.Host.Clock.Set("2025-06-02T09:00:00+08:00");
        var caseNo = await _hall.AcceptAsync();

        var mine = await _hall.Window.GetFromJsonAsync<JsonElement>(
            "/api/intake/cases?window=A01&status=all&acceptedFrom=2025-06-02&acceptedTo=2025-06-02");
        Assert.Equal([caseNo], Numbers(mine));
        var otherWindow = await _hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/cases?window=B02");
        Assert.Empty(Numbers(otherWindow));
        var problem = await (await _hall.Window.GetAsync("/api/intake/cases")).AssertProblemAsync(400);
        Assert.Contains("window", problem.GetProperty("detail").GetString());

        await (await _hall.Applicant.GetAsync("/api/intake/cases?window=A01")).AssertProblemAsync(403);
        await (await _hall.Approver.GetAsync("/api/intake/cases?department=JTJ"))
            .AssertProblemAsync(403, "other-department");
        var otherApprover = _hall.Host.ClientAs("approver-jt", "approver", "JTJ");
        Assert.Empty(Numbers(await otherApprover.GetFromJsonAsync<JsonElement>("/api/intake/cases")));
    }

    [Theory]
    [InlineData("status=closed", "status")]
    [InlineData("sort=dueDate", "sort")]
    [InlineData("acceptedFrom=2025/06/01", "acceptedFrom")]
    [InlineData("acceptedFrom=2025-06-02&acceptedTo=2025-06-01", "acceptedFrom")]
    [InlineData("page=0", "page")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter)
    {
        var problem = await (await _hall.Supervisor.GetAsync("/api/intake/cases?" + query))
            .AssertProblemAsync(400);

        Assert.Contains(parameter, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Labels_are_public_and_the_same_words_as_the_views()
    {
        var labels = await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/intake/labels");

        Assert.Equal("已办结", labels.GetProperty("caseStatus").GetProperty("completed").GetString());
        Assert.Equal("专家评审", labels.GetProperty("suspensionProcedures").GetProperty("expert-review").GetString());
        Assert.Equal("听证", labels.GetProperty("suspensionProcedures").GetProperty("hearing").GetString());
        Assert.Equal("过号", labels.GetProperty("ticketStatus").GetProperty("no-show").GetString());
        Assert.Equal("一次性告知", labels.GetProperty("outcomes").GetProperty("notice").GetString());

        _hall.Host.Clock.Set("2025-06-02T09:00:00+08:00");
        var caseNo = await _hall.AcceptAsync();
        (await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/suspend",
            new { procedure = "hearing", reason = "依申请举行听证" })).EnsureSuccessStatusCode();
        var view = await _hall.Approver.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        var status = await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}/status?verify=002X");
        var expected = labels.GetProperty("caseStatus").GetProperty("suspended").GetString();
        Assert.Equal(expected, view.GetProperty("statusLabel").GetString());
        Assert.Equal(expected, status.GetProperty("statusLabel").GetString());
        var suspended = await _hall.Approver.GetFromJsonAsync<JsonElement>("/api/intake/cases?status=suspended");
        Assert.Equal(expected, suspended.GetProperty("items")[0].GetProperty("statusLabel").GetString());
        Assert.NotEqual(JsonValueKind.Null, suspended.GetProperty("items")[0].GetProperty("suspendedSince").ValueKind);
    }

    [Fact]
    public async Task The_window_finds_matters_by_keyword_in_code_or_name()
    {
        var byName = await _hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/matters?keyword=婚姻");
        var byCode = await _hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/matters?keyword=SC-00");

        Assert.Equal(["MZ-001"], byName.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
        Assert.Equal(["SC-001", "SC-002"], byCode.EnumerateArray().Select(m => m.GetProperty("code").GetString()));
    }
}
