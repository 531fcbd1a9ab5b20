using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using Platform.Intake.Applications;
using Platform.Intake.Data;
using static Platform.ComponentTests.Intake.IntakeScenario;

namespace Platform.ComponentTests.Intake;

/// <summary>网上办: online application with uploads, the window's 预审 (accept, notice then online supplement, reject).</summary>
public sealed class OnlineApplicationTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> ApplyForSc001(bool withLicence = true, string? key = null)
    {
        var form = await _hall.Applicant.UploadIdAsync("申请书.pdf", OnlineUploads.Pdf);
        var materials = new List<object> { new { name = "食品经营许可申请书", fileId = form } };
        if (withLicence)
        {
            var licence = await _hall.Applicant.UploadIdAsync("营业执照.png", OnlineUploads.Png);
            materials.Add(new { name = "营业执照", fileId = licence, paperOriginal = true });
        }
        var response = await _hall.Applicant.ApplyAsync(new { matterCode = "SC-001", applicant = Person(), materials }, key);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static object Findings(string licence = "present") => new[]
    {
        new { name = "食品经营许可申请书", status = "present", note = (string?)null },
        new { name = "营业执照", status = licence, note = licence == "present" ? null : "未上传营业执照" },
        new { name = "食品安全管理制度", status = "missing", note = (string?)null },
    };

    [Fact]
    public async Task Online_application_waits_for_pre_review_which_accepts_it_with_the_clock_from_acceptance_and_no_visit()
    {
        _hall.Host.Clock.Set("2025-09-26T09:00:00+08:00");
        var view = await ApplyForSc001();
        var id = view.GetProperty("id").GetString()!;
        Assert.Equal("pending-review", view.GetProperty("status").GetString());
        Assert.Equal("待预审", view.GetProperty("statusLabel").GetString());
        Assert.Equal("online", view.GetProperty("channel").GetString());
        Assert.Equal(0, view.GetProperty("visits").GetInt32());
        Assert.Equal("张*", view.GetProperty("applicant").GetProperty("name").GetString());
        var materials = view.GetProperty("materials").EnumerateArray().ToList();
        Assert.Equal(["present", "present", "missing"], materials.Select(m => m.GetProperty("status").GetString()));
        Assert.Equal("营业执照.png", materials[1].GetProperty("fileName").GetString());
        Assert.True(materials[1].GetProperty("paperOriginal").GetBoolean());
        Assert.Equal(64, materials[0].GetProperty("sha256").GetString()!.Length);
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationSubmitted>(e => e.ApplicationId.ToString() == id && e.Channel == "online"));

        var queue = await _hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/applications");
        var item = Assert.Single(queue.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetString() == id);
        Assert.Equal("食品经营许可", item.GetProperty("matterName").GetString());
        Assert.Equal("张*", item.GetProperty("applicantName").GetString());

        _hall.Host.Clock.Set("2025-09-30T10:00:00+08:00");
        var reviewed = await _hall.Window.ReviewAsync(id, new { outcome = "accept", windowNo = "A01", materials = Findings() });
        Assert.Equal(HttpStatusCode.Created, reviewed.StatusCode);
        var receipt = (await reviewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt");
        var caseNo = receipt.GetProperty("caseNo").GetString()!;
        Assert.StartsWith("SL20250930", caseNo);
        Assert.Equal("2025-10-14", receipt.GetProperty("dueDate").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == caseNo && e.Channel == "online" && e.Visits == 0
            && e.AcceptedAt == DateTimeOffset.Parse("2025-09-30T10:00:00+08:00")));
        using (var scope = _hall.Host.Services.CreateScope())
        {
            var @case = await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Cases.SingleAsync(c => c.CaseNo == caseNo);
            Assert.Equal(("online", 0, "applicant01", "window01"), (@case.Channel, @case.Visits, @case.ApplicantAccount, @case.ResponsibleStaff));
        }

        var mine = await _hall.Applicant.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{id}");
        Assert.Equal("accepted", mine.GetProperty("status").GetString());
        Assert.Equal(caseNo, mine.GetProperty("receipt").GetProperty("caseNo").GetString());
        var list = await _hall.Applicant.GetFromJsonAsync<JsonElement>("/api/intake/online/applications?page=1&pageSize=10");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("已受理", list.GetProperty("items")[0].GetProperty("statusLabel").GetString());

        var again = await _hall.Window.ReviewAsync(id, new { outcome = "accept", materials = Findings() });
        await again.AssertProblemAsync(409, "not-pending-review");
        Assert.Single(_hall.Harness.Published.Select<ApplicationAccepted>(), m => m.Context.Message.Channel == "online");
    }

    [Fact]
    public async Task A_one_time_notice_is_answered_online_and_the_application_is_then_accepted_without_a_visit()
    {
        var view = await ApplyForSc001(withLicence: false);
        var id = view.GetProperty("id").GetString()!;
        var noticed = await _hall.Window.ReviewAsync(id, new { outcome = "notice", materials = Findings("missing"), notice = new[] { "营业执照" } });
        Assert.Equal(HttpStatusCode.Created, noticed.StatusCode);
        Assert.True(await _hall.Harness.PublishedAsync<SupplementRequested>(e => e.ApplicationId.ToString() == id));
        var waiting = await _hall.Applicant.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{id}");
        Assert.Equal("awaiting-supplement", waiting.GetProperty("status").GetString());
        Assert.Equal("营业执照", waiting.GetProperty("notice")[0].GetString());

        var empty = await _hall.Applicant.PostAsJsonAsync($"/api/intake/online/applications/{id}/supplement", new { materials = Array.Empty<object>() });
        await empty.AssertProblemAsync(400, "supplement-incomplete");
        var licence = await _hall.Applicant.UploadIdAsync("营业执照.png", OnlineUploads.Png);
        var supplied = await _hall.Applicant.PostAsJsonAsync($"/api/intake/online/applications/{id}/supplement",
            new { materials = new[] { new { name = "营业执照", fileId = licence } } });
        Assert.Equal(HttpStatusCode.OK, supplied.StatusCode);
        Assert.Equal("pending-review", (await supplied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<OnlineSupplementSubmitted>(e => e.ApplicationId.ToString() == id && e.Materials.Single() == "营业执照"));

        var accepted = await _hall.Window.ReviewAsync(id, new { outcome = "accept", materials = Findings() });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var caseNo = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == caseNo && e.Channel == "online" && e.Visits == 0));
    }

    [Fact]
    public async Task Pre_review_rejects_with_reason_and_legal_basis_shown_to_the_applicant()
    {
        var id = (await ApplyForSc001()).GetProperty("id").GetString()!;
        var noReason = await _hall.Window.ReviewAsync(id, new { outcome = "reject", materials = Findings() });
        await noReason.AssertProblemAsync(400, "validation-failed");

        var rejected = await _hall.Window.ReviewAsync(id, new { outcome = "reject", materials = Findings(), reason = "申请事项不属于本机关职权范围", legalBasis = "《行政许可法》第三十二条" });
        Assert.Equal(HttpStatusCode.Created, rejected.StatusCode);
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationRejected>(e => e.ApplicationId.ToString() == id));
        var view = await _hall.Applicant.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{id}");
        Assert.Equal("不予受理", view.GetProperty("statusLabel").GetString());
        Assert.Equal("《行政许可法》第三十二条", view.GetProperty("legalBasis").GetString());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("receipt").ValueKind);
    }

    [Fact]
    public async Task Two_windows_deciding_one_application_at_once_one_decides_the_other_is_told_409()
    {
        var view = await ApplyForSc001(withLicence: false);
        var id = view.GetProperty("id").GetString()!;
        var other = _hall.Host.ClientAs("window02", "window-staff");
        var answers = await Task.WhenAll(
            _hall.Window.ReviewAsync(id, new { outcome = "notice", materials = Findings("missing"), notice = new[] { "营业执照" } }),
            other.ReviewAsync(id, new { outcome = "reject", materials = Findings("missing"), reason = "重复申请", legalBasis = "《行政许可法》第三十二条" }));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var decided = await _hall.Applicant.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{id}");
        var winner = answers.Single(a => a.StatusCode == HttpStatusCode.Created) == answers[0] ? "awaiting-supplement" : "rejected";
        Assert.Equal(winner, decided.GetProperty("status").GetString());
        var notices = _hall.Harness.Published.Select<SupplementRequested>().Count(e => e.Context.Message.ApplicationId.ToString() == id);
        var rejections = _hall.Harness.Published.Select<ApplicationRejected>().Count(e => e.Context.Message.ApplicationId.ToString() == id);
        Assert.Equal(1, notices + rejections);
    }

    [Fact]
    public async Task The_same_idempotency_key_makes_one_application_and_refuses_another_body()
    {
        var form = await _hall.Applicant.UploadIdAsync("申请书.pdf", OnlineUploads.Pdf);
        var body = new { matterCode = "SC-001", applicant = Person(), materials = new[] { new { name = "食品经营许可申请书", fileId = form } } };
        var first = await _hall.Applicant.ApplyAsync(body, "online-key-1");
        var second = await _hall.Applicant.ApplyAsync(body, "online-key-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(id, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());

        var other = await _hall.Applicant.ApplyAsync(new { matterCode = "SC-001", applicant = Person(), materials = Array.Empty<object>() }, "online-key-1");
        await other.AssertProblemAsync(422, "idempotency-key-reused");
        using var scope = _hall.Host.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IntakeDbContext>().Applications.CountAsync());
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationSubmitted>(e => e.ApplicationId.ToString() == id));
        Assert.Single(_hall.Harness.Published.Select<ApplicationSubmitted>());
    }

    [Fact]
    public async Task Pre_review_accepts_an_agent_application_once_it_waits_for_review_keeping_its_channel_point_and_visit()
    {
        var id = Guid.NewGuid();
        using (var scope = _hall.Host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.Applications.Add(new Application
            {
                Id = id,
                MatterCode = "JT-001",
                MatterVersion = 1,
                Applicant = new("natural", "李四", ResidentId, null),
                ResponsibleStaff = "",
                Channel = "agent",
                PointCode = "510181-101",
                AgentAccount = "agent01",
                SubmittedBy = "agent01",
                Visits = 1,
                Outcome = ApplicationOutcome.PendingReview,
                TransferSlipNo = "ZB-20250930-0001",
                ReceivedAt = DateTimeOffset.UtcNow,
                Materials = [new("申请表", "present", PaperOriginal: true)],
            });
            await db.SaveChangesAsync();
        }
        var agent = _hall.Host.ClientAs("agent02", "agent", point: "510181-101");
        var view = await agent.GetFromJsonAsync<JsonElement>($"/api/intake/online/applications/{id}");
        Assert.Equal("ZB-20250930-0001", view.GetProperty("transferSlipNo").GetString());
        var elsewhere = _hall.Host.ClientAs("agent03", "agent", point: "510181-101-02");
        await (await elsewhere.GetAsync($"/api/intake/online/applications/{id}")).AssertProblemAsync(404, "application-not-found");
        var queue = await _hall.Window.GetFromJsonAsync<JsonElement>("/api/intake/applications?channel=agent");
        Assert.Equal("ZB-20250930-0001", Assert.Single(queue.GetProperty("items").EnumerateArray()).GetProperty("transferSlipNo").GetString());

        var reviewed = await _hall.Window.ReviewAsync(id.ToString(), new { outcome = "accept", windowNo = "A01", materials = new[] { new { name = "申请表", status = "present" } } });
        Assert.Equal(HttpStatusCode.Created, reviewed.StatusCode);
        var caseNo = (await reviewed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == caseNo && e.Channel == "agent" && e.Visits == 1 && e.PointCode == "510181-101"));
        var bad = await _hall.Window.GetAsync("/api/intake/applications?status=unknown");
        await bad.AssertProblemAsync(400, "validation-failed");
    }
}
