using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Disclosure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>
/// The reply clock of DESIGN §6 across the 2025 National Day holiday (10-01…10-08 off, Sunday 09-28 and Saturday 10-11
/// make-up working days). Expected dates are counted by hand in the comments.
/// </summary>
public sealed class RequestClockTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static string Due(JsonElement request) => request.GetProperty("dueDate").GetString()!;

    async Task<string> ReceivedOnFriday26September()
    {
        _hall.Host.Clock.Set("2025-09-26T10:00:00+08:00");
        var request = await _hall.RegisterAsync();
        // 09-28 (make-up) 1, 09-29 2, 09-30 3, 10-09 4, 10-10 5, 10-11 (make-up) 6, 10-13…10-17 11, 10-20…10-24 16, 10-27…10-30 20.
        Assert.Equal("2025-10-30", Due(request));
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.StartsWith("YSQ2025", request.GetProperty("requestNo").GetString());
        Assert.Equal("110105********002X", request.GetProperty("identityNo").GetString());
        return request.GetProperty("requestNo").GetString()!;
    }

    [Fact]
    public async Task A_request_whose_reply_is_due_in_a_year_without_a_notice_gets_a_provisional_date()
    {
        _hall.Host.Clock.Set("2026-12-10T10:00:00+08:00");
        var request = await _hall.RegisterAsync();
        // December after the 10th: 15 working days; 2027 from weekends only: 01-01 16, 01-04…01-07 20.
        Assert.Equal("2027-01-07", Due(request));
        Assert.True(request.GetProperty("dueDateProvisional").GetBoolean());
    }

    [Fact]
    public async Task A_clarification_within_seven_working_days_stops_the_clock_and_the_answer_restarts_twenty_days()
    {
        var no = await ReceivedOnFriday26September();
        _hall.Host.Clock.Set("2025-10-09T09:00:00+08:00"); // 4 working days after receipt, across the holiday
        var waiting = await _hall.PostAsync($"/api/disclosure/requests/{no}/clarification", new { reason = "请明确所需统计表的年度和口径" });
        Assert.Equal("awaiting-clarification", waiting.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, waiting.GetProperty("dueDate").ValueKind);

        _hall.Host.Clock.Set("2025-10-15T15:00:00+08:00");
        var restarted = await _hall.PostAsync($"/api/disclosure/requests/{no}/clarification/answered", new { });
        // From 10-15: 10-16 1, 10-17 2, 10-20…24 7, 10-27…31 12, 11-03…07 17, 11-10 18, 11-11 19, 11-12 20.
        Assert.Equal("2025-11-12", Due(restarted));
        Assert.Equal("2025-10-15", restarted.GetProperty("clockStartDate").GetString());

        var again = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/clarification", new { reason = "再补一次" });
        await again.AssertProblemAsync(409, "clarification-not-possible");
    }

    [Fact]
    public async Task A_clarification_after_seven_working_days_is_refused_and_changes_nothing()
    {
        var no = await ReceivedOnFriday26September();
        _hall.Host.Clock.Set("2025-10-14T09:00:00+08:00"); // 09-28, 29, 30, 10-09, 10, 11, 13, 14: the 8th working day
        var late = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/clarification", new { reason = "请说明用途" });
        await late.AssertProblemAsync(409, "clarification-too-late");
        var unchanged = await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/requests/{no}");
        Assert.Equal("open", unchanged.GetProperty("status").GetString());
        Assert.Equal("2025-10-30", Due(unchanged));
    }

    [Fact]
    public async Task One_extension_of_at_most_twenty_working_days_with_a_reason()
    {
        var no = await ReceivedOnFriday26September();
        _hall.Host.Clock.Set("2025-10-28T09:00:00+08:00");
        var tooLong = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/extension", new { workingDays = 21, reason = "需要调取档案" });
        await tooLong.AssertProblemAsync(400, "validation-failed");
        var noReason = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/extension", new { workingDays = 10 });
        await noReason.AssertProblemAsync(400, "validation-failed");

        var extended = await _hall.PostAsync($"/api/disclosure/requests/{no}/extension", new { workingDays = 10, reason = "需要调取档案" });
        // 20th working day 10-30; 10-31 21, 11-03…07 26, 11-10…13 30.
        Assert.Equal("2025-11-13", Due(extended));
        var twice = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/extension", new { workingDays = 5, reason = "再延" });
        await twice.AssertProblemAsync(409, "already-extended");
    }

    [Fact]
    public async Task Third_party_consultation_across_the_holiday_does_not_count()
    {
        var no = await ReceivedOnFriday26September();
        _hall.Host.Clock.Set("2025-09-30T11:00:00+08:00");
        var consulting = await _hall.PostAsync($"/api/disclosure/requests/{no}/consultation", new { thirdParty = "示范建设有限公司" });
        Assert.Equal("consulting", consulting.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, consulting.GetProperty("dueDate").ValueKind);

        _hall.Host.Clock.Set("2025-10-10T16:00:00+08:00");
        var resumed = await _hall.PostAsync($"/api/disclosure/requests/{no}/consultation/answered", new { });
        // 09-30 → 10-10 spans the holiday: only 10-09 and 10-10 are working days, so 2 days are added: 10-31, 11-03.
        Assert.Equal(2, resumed.GetProperty("consultationWorkingDays").GetInt32());
        Assert.Equal("2025-11-03", Due(resumed));
    }

    [Fact]
    public async Task A_reply_takes_exactly_one_outcome_code_and_is_published_with_its_timeliness()
    {
        var no = await ReceivedOnFriday26September();
        _hall.Host.Clock.Set("2025-10-31T10:00:00+08:00"); // one day after the due date
        var badCode = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/reply", new { outcome = "3.3", documentNo = "示政公开〔2025〕9号" });
        await badCode.AssertProblemAsync(400, "validation-failed");

        var replied = await _hall.PostAsync($"/api/disclosure/requests/{no}/reply", new { outcome = "3.2", documentNo = "示政公开〔2025〕9号" });
        Assert.Equal("replied", replied.GetProperty("status").GetString());
        Assert.False(replied.GetProperty("onTime").GetBoolean());
        Assert.True(await _hall.Harness.PublishedAsync<DisclosureRequestReplied>(m => m.RequestNo == no && m.Outcome == "3.2" && !m.OnTime));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement oversight;
        do
        {
            await Task.Delay(100);
            oversight = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/disclosure?from=2025-10-01&to=2025-10-31");
        } while (oversight.GetProperty("replied").GetInt32() < 1 && DateTime.UtcNow < deadline);
        Assert.Equal((1, 0), (oversight.GetProperty("replied").GetInt32(), oversight.GetProperty("repliedOnTime").GetInt32()));
        Assert.Equal(0.0, oversight.GetProperty("onTimeRate").GetDouble());

        var twice = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/requests/{no}/reply", new { outcome = "3.1", documentNo = "x" });
        await twice.AssertProblemAsync(409, "already-replied");
    }

    [Fact]
    public async Task Identity_numbers_are_checked_at_the_edge()
    {
        _hall.Host.Clock.Set("2025-09-26T10:00:00+08:00");
        var response = await _hall.Officer.PostAsJsonAsync("/api/disclosure/requests", new
        {
            channel = "网上",
            applicantCategory = "natural",
            applicantName = "李四",
            identityNo = "110105194912310021",
            description = "某文件",
        });
        var problem = await response.AssertProblemAsync(400, "validation-failed");
        Assert.Contains("identityNo", problem.GetProperty("errors").GetRawText());
        var company = await _hall.Officer.PostAsJsonAsync("/api/disclosure/requests", new
        {
            channel = "letter",
            applicantCategory = "commercial",
            applicantName = "示范公司",
            identityNo = "91350100M000100Y44",
            description = "某文件",
        });
        await company.AssertProblemAsync(400, "validation-failed");
        var list = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/requests");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Warnings_turn_yellow_near_the_due_date_and_red_after_it_and_clear_on_reply()
    {
        var no = await ReceivedOnFriday26September();
        _hall.Host.Clock.Set("2025-10-27T09:00:00+08:00"); // 3 working days before 10-30
        Assert.True(await _hall.Harness.PublishedAsync<DisclosureWarningRaised>(w => w.SubjectId == no && w.Level == "yellow"));
        _hall.Host.Clock.Set("2025-10-31T09:00:00+08:00");
        Assert.True(await _hall.Harness.PublishedAsync<DisclosureWarningRaised>(w => w.SubjectId == no && w.Level == "red"));
        var open = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/warnings?subject=request");
        Assert.Equal(2, open.GetProperty("total").GetInt32());

        // Supervision (效能监察) learns both from the events and counts them for its period.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement oversight;
        do
        {
            await Task.Delay(100);
            oversight = await _hall.Supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/disclosure?from=2025-10-01&to=2025-10-31");
        } while ((oversight.GetProperty("requestWarningsRed").GetInt32() < 1 || oversight.GetProperty("requestWarningsYellow").GetInt32() < 1)
                 && DateTime.UtcNow < deadline);
        Assert.Equal((1, 1), (oversight.GetProperty("requestWarningsYellow").GetInt32(), oversight.GetProperty("requestWarningsRed").GetInt32()));

        await _hall.PostAsync($"/api/disclosure/requests/{no}/reply", new { outcome = "3.1", documentNo = "示政公开〔2025〕10号" });
        var after = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/warnings?subject=request");
        Assert.Equal(0, after.GetProperty("total").GetInt32());
    }
}
