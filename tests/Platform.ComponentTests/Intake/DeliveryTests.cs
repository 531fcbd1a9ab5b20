using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using Platform.Intake.Data;

namespace Platform.ComponentTests.Intake;

public sealed class DeliveryTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<string> CompletedCaseAsync()
    {
        var caseNo = await _hall.AcceptAsync();
        (await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2026〕1号" })).EnsureSuccessStatusCode();
        return caseNo;
    }

    Task<HttpResponseMessage> Deliver(string caseNo, object body, HttpClient? client = null) =>
        (client ?? _hall.Window).PostAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", body);

    sealed record Uploaded(Guid Id, string Sha256);

    /// <summary>A file uploaded by the window as POST /api/intake/files stores it (a result, or a material).</summary>
    async Task<Uploaded> StoreFileAsync(string purpose = "result")
    {
        var pdf = OnlineUploads.Pdf.Concat(Guid.NewGuid().ToByteArray()).ToArray();
        var response = await _hall.Window.UploadAsync("食品经营许可证.pdf", pdf, purpose);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new(body.GetProperty("id").GetGuid(), body.GetProperty("sha256").GetString()!);
    }

    [Fact]
    public async Task Delivery_by_post_needs_a_tracking_number_and_the_case_completed_and_happens_once()
    {
        var caseNo = await _hall.AcceptAsync();
        await (await _hall.Window.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "post" })).AssertProblemAsync(400);
        await (await _hall.Window.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "drone" })).AssertProblemAsync(400);
        var chosen = await _hall.Window.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "post", address = "城关镇中街 8 号 张三 13800138000" });
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Equal("post", (await chosen.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("deliveryMethod").GetString());
        await (await Deliver(caseNo, new { method = "post", trackingNumber = "SF1234567890" })).AssertProblemAsync(409, "case-not-completed");

        (await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2026〕1号" })).EnsureSuccessStatusCode();
        await (await Deliver(caseNo, new { method = "post" })).AssertProblemAsync(400);
        await (await Deliver(caseNo, new { method = "post", trackingNumber = "SF-123" })).AssertProblemAsync(400);
        await (await Deliver(caseNo, new { method = "post", trackingNumber = "SF1234567890" }, _hall.Applicant)).AssertProblemAsync(403);
        await (await Deliver(caseNo, new { method = "post", trackingNumber = "SF1234567890" }, _hall.Host.ClientAs("approver-jt", "approver", "JTJ"))).AssertProblemAsync(403, "other-department");

        var delivered = await Deliver(caseNo, new { method = "post", trackingNumber = "sf1234567890" }, _hall.Approver);

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var view = await delivered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("SF1234567890", view.GetProperty("trackingNumber").GetString());
        Assert.Equal(1, view.GetProperty("visits").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, view.GetProperty("deliveredAt").ValueKind);
        Assert.Contains(view.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("step").GetString() == "delivered");
        Assert.True(await _hall.Harness.PublishedAsync<CaseResultDelivered>(e => e.CaseNo == caseNo && e.Method == "post" && e.TrackingNumber == "SF1234567890" && e.Visits == 1));
        await (await Deliver(caseNo, new { method = "window" })).AssertProblemAsync(409, "already-delivered");
        await (await _hall.Window.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "window" })).AssertProblemAsync(409, "already-delivered");
    }

    [Fact]
    public async Task Electronic_delivery_attaches_a_result_file_and_keeps_its_hash_on_the_case()
    {
        var caseNo = await CompletedCaseAsync();
        var material = await StoreFileAsync("material");
        var result = await StoreFileAsync();

        await (await Deliver(caseNo, new { method = "electronic" })).AssertProblemAsync(400);
        await (await Deliver(caseNo, new { method = "electronic", fileId = material.Id })).AssertProblemAsync(422, "result-file-unusable");
        await (await Deliver(caseNo, new { method = "electronic", fileId = Guid.NewGuid() })).AssertProblemAsync(422, "result-file-unusable");

        var delivered = await Deliver(caseNo, new { method = "electronic", fileId = result.Id });

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        var view = await delivered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(result.Id, view.GetProperty("resultFileId").GetGuid());
        Assert.Equal(result.Sha256, view.GetProperty("resultFileSha256").GetString());
        Assert.Equal("electronic", view.GetProperty("deliveryMethod").GetString());
        Assert.Equal(1, view.GetProperty("visits").GetInt32());
        Assert.True(await _hall.Harness.PublishedAsync<CaseResultDelivered>(e => e.CaseNo == caseNo && e.Method == "electronic" && e.FileSha256 == result.Sha256 && e.Visits == 1));
        using (var scope = _hall.Host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            Assert.Equal(caseNo, (await db.Files.SingleAsync(f => f.Id == result.Id)).CaseNo);
        }
        var status = await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}/status?verify=002X");
        Assert.Equal(result.Sha256, status.GetProperty("resultFileSha256").GetString());

        // The file now belongs to that case: no other case can be delivered with it.
        var another = await CompletedCaseAsync();
        await (await Deliver(another, new { method = "electronic", fileId = result.Id })).AssertProblemAsync(422, "result-file-unusable");
    }

    [Fact]
    public async Task Only_the_applicant_an_agent_of_the_point_or_staff_choose_and_others_do_not_see_the_case()
    {
        var caseNo = await _hall.AcceptAsync();
        // A window case has no online account: the applicant01 account is not its applicant.
        await (await _hall.Applicant.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "window" })).AssertProblemAsync(404);
        await (await _hall.Host.ClientAs("agent02", "agent", null, AgentNetwork.Village).PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "window" })).AssertProblemAsync(404);
        await (await _hall.Approver.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "window" })).AssertProblemAsync(403);
        await (await _hall.Window.PutAsJsonAsync("/api/intake/cases/SL-NONE/delivery", new { method = "window" })).AssertProblemAsync(404);
    }
}
