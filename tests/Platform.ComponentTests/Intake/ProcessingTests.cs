using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Intake;

public sealed class ProcessingTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();
    static readonly WorkingDayCalendar Calendar = CalendarData.National();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> Post(HttpClient client, string url, object? body = null)
    {
        var response = await client.PostAsJsonAsync(url, body ?? new { });
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_suspension_across_the_national_day_holiday_stops_only_working_days()
    {
        _hall.Host.Clock.Set("2025-09-26T09:00:00+08:00"); // Friday; 09-28 is a 调休 Sunday
        var caseNo = await _hall.AcceptAsync();
        var accepted = await _hall.Approver.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        Assert.Equal("2025-10-10", accepted.GetProperty("dueDate").GetString()); // 09-28, 09-29, 09-30, 10-09, 10-10

        _hall.Host.Clock.Set("2025-09-30T16:00:00+08:00");
        await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/suspend", new { procedure = "expert-review", reason = "组织专家现场核查" });
        _hall.Host.Clock.Set("2025-10-10T11:00:00+08:00");
        var resumed = await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/resume");

        // Stopped: working days after 09-30 up to 10-10 — only 10-09 and 10-10; the eight holidays cost nothing.
        Assert.Equal(2, resumed.GetProperty("suspendedWorkingDays").GetInt32());
        Assert.Equal(2, Calendar.WorkingDaysBetween(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 10)));
        Assert.Equal("2025-10-13", resumed.GetProperty("dueDate").GetString()); // 7 working days after 09-26
        Assert.True(await _hall.Harness.PublishedAsync<CaseResumed>(e => e.CaseNo == caseNo && e.SuspendedWorkingDays == 2));

        _hall.Host.Clock.Set("2025-10-14T10:00:00+08:00");
        var completed = await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2025〕118号" });

        // Used: 8 working days from 09-26 to 10-14 (09-28 … 10-14) less the 2 stopped = 6 > promised 5: late.
        Assert.Equal(6, completed.GetProperty("workingDaysUsed").GetInt32());
        Assert.False(completed.GetProperty("onTime").GetBoolean());
        Assert.False(completed.GetProperty("onTheSpot").GetBoolean());
        Assert.True(await _hall.Harness.PublishedAsync<CaseCompleted>(e => e.CaseNo == caseNo && e.WorkingDaysUsed == 6
            && e.SuspendedWorkingDays == 2 && !e.OnTime && e.StatutoryLimitDays == 20));
    }

    [Fact]
    public async Task A_lawful_extension_moves_the_due_date_and_the_on_time_limit()
    {
        _hall.Host.Clock.Set("2025-06-02T09:00:00+08:00");
        var caseNo = await _hall.AcceptAsync();
        var noBasis = await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/extend", new { workingDays = 5 });
        await noBasis.AssertProblemAsync(400, "validation-failed");

        var extended = await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/extend", new { workingDays = 5, legalBasis = "《中华人民共和国行政许可法》第四十二条" });
        Assert.Equal($"{Calendar.AddWorkingDays(new DateOnly(2025, 6, 2), 10):yyyy-MM-dd}", extended.GetProperty("dueDate").GetString());

        _hall.Host.Clock.Set("2025-06-12T09:00:00+08:00"); // 8 working days used (06-02 is a Monday; 06-02…06-12 holds no holiday)
        var completed = await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/complete", new { result = "denied", decisionNo = "食经不许〔2025〕3号" });
        Assert.Equal(8, completed.GetProperty("workingDaysUsed").GetInt32());
        Assert.True(completed.GetProperty("onTime").GetBoolean());
    }

    [Fact]
    public async Task Only_an_approver_of_the_matters_department_processes_the_case()
    {
        var caseNo = await _hall.AcceptAsync("JT-001", IntakeScenario.Materials(("申请表", "present")));

        var otherDepartment = await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "X" });
        await otherDepartment.AssertProblemAsync(403, "other-department");
        var window = await _hall.Window.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "X" });
        await window.AssertProblemAsync(403);
        Assert.Equal(HttpStatusCode.OK, (await _hall.Admin.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "交运许〔2025〕9号" })).StatusCode);
    }

    [Fact]
    public async Task The_applicant_rates_once_after_completion_and_a_bad_rating_is_published()
    {
        var caseNo = await _hall.AcceptAsync();
        var early = await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 5, verify = "002X" });
        await early.AssertProblemAsync(409, "case-not-completed");
        await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2025〕200号" });

        await (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 6, verify = "002X" })).AssertProblemAsync(400);
        var rated = await Post(_hall.Applicant, $"/api/intake/cases/{caseNo}/rating", new { score = 2, category = "办事效率", comment = "等候时间太长", verify = "002X" });
        Assert.Equal(2, rated.GetProperty("ratingScore").GetInt32());
        await (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 5, verify = "002X" })).AssertProblemAsync(409, "already-rated");
        Assert.True(await _hall.Harness.PublishedAsync<CaseRated>(e => e.CaseNo == caseNo && e.Score == 2 && e.DepartmentCode == "SCJGJ"));
    }

    [Fact]
    public async Task A_signed_in_applicant_lists_and_alone_rates_their_own_cases()
    {
        var caseNo = await _hall.AcceptAsync();
        await Post(_hall.Applicant, $"/api/intake/cases/{caseNo}/claim", new { verify = "002X" });
        await _hall.AcceptAsync();
        await Post(_hall.Approver, $"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2025〕300号" });

        var mine = await _hall.Applicant.GetFromJsonAsync<JsonElement>("/api/intake/my/cases");
        Assert.Equal([caseNo], mine.EnumerateArray().Select(c => c.GetProperty("caseNo").GetString()));
        var company = _hall.Host.CreateClient();
        company.WithToken(await company.SignInAsync("company01"));
        Assert.Equal(0, (await company.GetFromJsonAsync<JsonElement>("/api/intake/my/cases")).GetArrayLength());
        await (await company.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 1, verify = "002X" })).AssertProblemAsync(403, "not-the-applicant");
        Assert.Equal(HttpStatusCode.OK, (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 4 })).StatusCode);
    }

    [Fact]
    public async Task Anyone_with_the_case_number_and_the_last_four_characters_can_track_it_masked()
    {
        var caseNo = await _hall.AcceptAsync();

        var byId = await _hall.Anonymous.GetAsync($"/api/intake/cases/{caseNo}/status?verify=002x");
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        var text = await byId.Content.ReadAsStringAsync();
        Assert.DoesNotContain(IntakeScenario.ResidentId, text);
        Assert.DoesNotContain("13800138000", text);
        var status = JsonDocument.Parse(text).RootElement;
        Assert.Equal("张*", status.GetProperty("applicant").GetString());
        Assert.Equal("accepted", status.GetProperty("timeline")[0].GetProperty("step").GetString());
        Assert.Equal(HttpStatusCode.OK, (await _hall.Anonymous.GetAsync($"/api/intake/cases/{caseNo}/status?verify=8000")).StatusCode);

        await (await _hall.Anonymous.GetAsync($"/api/intake/cases/{caseNo}/status?verify=1234")).AssertProblemAsync(404, "case-not-found");
        await (await _hall.Anonymous.GetAsync($"/api/intake/cases/{caseNo}/status")).AssertProblemAsync(404, "case-not-found");
        await (await _hall.Anonymous.GetAsync($"/api/intake/cases/{caseNo}")).AssertProblemAsync(401);
    }
}
