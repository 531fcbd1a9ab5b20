using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;
using static Platform.ComponentTests.Intake.IntakeScenario;

namespace Platform.ComponentTests.Intake;

public sealed class ApplicationTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task Acceptance_gives_a_case_number_a_masked_receipt_and_the_due_date_in_working_days()
    {
        _hall.Host.Clock.Set("2025-09-30T10:00:00+08:00");

        var response = await _hall.Submit(new { matterCode = "SC-001", windowNo = "A01", applicant = Person(), materials = AllPresentSc001, outcome = "accept" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var receipt = body.GetProperty("receipt");
        var caseNo = receipt.GetProperty("caseNo").GetString()!;
        Assert.StartsWith("SL20250930", caseNo);
        Assert.Equal("2025-10-14", receipt.GetProperty("dueDate").GetString()); // 10-09, 10-10, 10-11 (调休), 10-13, 10-14
        Assert.Equal("110105********002X", receipt.GetProperty("applicantId").GetString());
        Assert.Equal("张*", receipt.GetProperty("applicant").GetString());
        Assert.Equal("window01", receipt.GetProperty("responsibleStaff").GetString());
        Assert.DoesNotContain("19491231", await response.Content.ReadAsStringAsync());
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == caseNo && e.DueDate == new DateOnly(2025, 10, 14)
            && e.CalendarVersion == CalendarData.National().Version && e.PromisedLimitDays == 5 && e.StatutoryLimitDays == 20 && !e.Imported));

        var second = await _hall.AcceptAsync();
        Assert.Equal(caseNo[..^5] + "00002", second);
    }

    [Fact]
    public async Task A_retried_submission_with_the_same_idempotency_key_makes_one_case()
    {
        var body = new { matterCode = "SC-001", windowNo = "A01", applicant = Person(), materials = AllPresentSc001, outcome = "accept" };
        async Task<string> Send(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            var response = await _hall.Window.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
        }

        var first = await Send("window01-2025-0001");
        var retries = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Send("window01-2025-0001")));
        var other = await Send("window01-2025-0002");

        Assert.All(retries, caseNo => Assert.Equal(first, caseNo));
        Assert.NotEqual(first, other);
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == other));
        Assert.Single(_hall.Harness.Published.Select<ApplicationAccepted>(), m => m.Context.Message.CaseNo == first);
    }

    [Fact]
    public async Task A_required_material_missing_blocks_acceptance_but_an_optional_one_does_not()
    {
        var missingLicence = Materials(("食品经营许可申请书", "present"), ("营业执照", "missing"), ("食品安全管理制度", "present"));
        var refused = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = missingLicence, outcome = "accept" });
        var problem = await refused.AssertProblemAsync(400, "materials-incomplete");
        Assert.Contains("营业执照", problem.GetProperty("detail").GetString());

        var missingOptional = Materials(("食品经营许可申请书", "present"), ("营业执照", "present"), ("食品安全管理制度", "missing"));
        Assert.Equal(HttpStatusCode.Created, (await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = missingOptional, outcome = "accept" })).StatusCode);

        var unchecked_ = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = Materials(("食品经营许可申请书", "present")), outcome = "accept" });
        await unchecked_.AssertProblemAsync(400, "validation-failed");
    }

    [Fact]
    public async Task A_one_time_notice_must_name_every_missing_material_and_the_clock_starts_when_they_arrive()
    {
        _hall.Host.Clock.Set("2025-09-26T09:00:00+08:00");
        var twoMissing = Materials(("食品经营许可申请书", "defective"), ("营业执照", "missing"), ("食品安全管理制度", "present"));

        var partial = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = twoMissing, outcome = "notice", notice = new[] { "营业执照" } });
        var problem = await partial.AssertProblemAsync(400, "notice-incomplete");
        Assert.Equal(["食品经营许可申请书"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));

        var notice = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = twoMissing, outcome = "notice", notice = new[] { "营业执照", "食品经营许可申请书" } });
        Assert.Equal(HttpStatusCode.Created, notice.StatusCode);
        var applicationId = (await notice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();
        Assert.True(await _hall.Harness.PublishedAsync<SupplementRequested>(e => e.ApplicationId == applicationId && e.Materials.Count == 2));

        _hall.Host.Clock.Set("2025-10-09T15:00:00+08:00");
        var half = await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{applicationId}/supplement",
            new { materials = Materials(("营业执照", "present")) });
        await half.AssertProblemAsync(400, "supplement-incomplete");

        var complete = await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{applicationId}/supplement",
            new { materials = Materials(("营业执照", "present"), ("食品经营许可申请书", "present")) });
        Assert.Equal(HttpStatusCode.Created, complete.StatusCode);
        var receipt = (await complete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt");
        // The clock starts on the day the materials arrived, not on the day of the notice.
        Assert.Equal(new DateOnly(2025, 10, 9), HallTime.DateOf(receipt.GetProperty("acceptedAt").GetDateTimeOffset()));
        Assert.Equal("2025-10-15", receipt.GetProperty("dueDate").GetString()); // 10-10, 10-11 (调休), 10-13, 10-14, 10-15
    }

    [Fact]
    public async Task A_rejection_needs_reason_and_legal_basis()
    {
        var noBasis = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "reject", reason = "不属于本机关职权范围" });
        await noBasis.AssertProblemAsync(400, "validation-failed");

        var rejected = await _hall.Submit(new
        {
            matterCode = "SC-001",
            applicant = Person(),
            materials = AllPresentSc001,
            outcome = "reject",
            reason = "申请事项依法不需要取得行政许可",
            legalBasis = "《中华人民共和国行政许可法》第三十二条第一款第一项"
        });
        Assert.Equal(HttpStatusCode.Created, rejected.StatusCode);
        Assert.Equal("rejected", (await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationRejected>(e => e.MatterCode == "SC-001" && e.LegalBasis.Contains("第三十二条")));
    }

    [Fact]
    public async Task An_instant_matter_is_accepted_and_completed_on_the_spot()
    {
        _hall.Host.Clock.Set("2025-06-10T10:30:00+08:00");
        var materials = Materials(("个体工商户登记申请书", "present"), ("经营者身份证明", "present"));

        var response = await _hall.Submit(new { matterCode = "SC-002", windowNo = "A02", applicant = Person(), materials, outcome = "complete-now", result = "approved", decisionNo = "个体登字〔2025〕001号" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var @case = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case");
        Assert.Equal("completed", @case.GetProperty("status").GetString());
        Assert.True(@case.GetProperty("onTheSpot").GetBoolean());
        Assert.Equal(0, @case.GetProperty("workingDaysUsed").GetInt32());
        var caseNo = @case.GetProperty("caseNo").GetString();
        Assert.True(await _hall.Harness.PublishedAsync<CaseCompleted>(e => e.CaseNo == caseNo && e.OnTheSpot && e.OnTime && e.WorkingDaysUsed == 0));

        var promisedNow = await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "complete-now", result = "approved" });
        await promisedNow.AssertProblemAsync(400, "validation-failed");
    }

    [Theory]
    [InlineData("natural", "11010519491231002Y", "applicant.idNumber")]
    [InlineData("natural", "110105194912310021", "applicant.idNumber")]
    [InlineData("natural", "11010520491231002X", "applicant.idNumber")]
    [InlineData("natural", "1101051949123100", "applicant.idNumber")]
    [InlineData("legal", "91350100M000100Y44", "applicant.idNumber")]
    [InlineData("legal", "91350100M000100I43", "applicant.idNumber")]
    [InlineData("robot", "91350100M000100Y43", "applicant.type")]
    public async Task Identity_numbers_are_checked_with_their_check_digits(string type, string id, string field)
    {
        var response = await _hall.Submit(new { matterCode = "SC-001", applicant = new { type, name = "申请人", idNumber = id }, materials = AllPresentSc001, outcome = "accept" });

        var problem = await response.AssertProblemAsync(400, "validation-failed");
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("field").GetString() == field);
    }

    [Fact]
    public async Task An_organisation_with_a_valid_credit_code_is_accepted()
    {
        var response = await _hall.Submit(new { matterCode = "SC-001", applicant = new { type = "legal", name = "福州示例食品有限公司", idNumber = CreditCode }, materials = AllPresentSc001, outcome = "accept" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_matters_and_bad_outcomes_get_problems_that_change_nothing()
    {
        await (await _hall.Submit(new { matterCode = "NO-SUCH", applicant = Person(), materials = AllPresentSc001, outcome = "accept" }))
            .AssertProblemAsync(422, "matter-not-available");
        await (await _hall.Submit(new { matterCode = "SC-001", applicant = Person(), materials = AllPresentSc001, outcome = "maybe" }))
            .AssertProblemAsync(400, "validation-failed");
        await (await _hall.Applicant.PostAsJsonAsync("/api/intake/applications", new
        {
            matterCode = "SC-001",
            applicant = Person(),
            materials = AllPresentSc001,
            outcome = "accept"
        })).AssertProblemAsync(403);

        // Nothing was stored and nothing was announced: no application, no case, no running number, no event.
        await using var scope = _hall.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        Assert.Equal(0, await db.Applications.CountAsync());
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(0, await db.Set<OutboxMessage>().CountAsync());
        Assert.False(_hall.Harness.Published.Select<ApplicationAccepted>().Any());
        Assert.False(_hall.Harness.Published.Select<ApplicationRejected>().Any());
        Assert.False(_hall.Harness.Published.Select<SupplementRequested>().Any());

        // And the next acceptance takes the day's first number.
        Assert.EndsWith("00001", await _hall.AcceptAsync());
    }
}
