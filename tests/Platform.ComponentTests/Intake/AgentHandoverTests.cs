using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using static Platform.ComponentTests.Intake.AgentNetwork;

namespace Platform.ComponentTests.Intake;

public sealed class AgentHandoverTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public async Task InitializeAsync()
    {
        await _hall.InitializeAsync();
        await PublishAsync(_hall);
    }

    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task The_county_window_receives_the_papers_by_slip_then_the_accepted_case_keeps_channel_point_and_visit()
    {
        _hall.Host.Clock.Set("2026-03-02T10:00:00+08:00");
        var taken = await TakeInAsync(Agent(_hall));
        var id = taken.GetProperty("id").GetGuid();
        var slip = taken.GetProperty("transferSlipNo").GetString()!;
        var other = await TakeInAsync(Agent(_hall));

        var wrong = await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = other.GetProperty("transferSlipNo").GetString() });
        await wrong.AssertProblemAsync(422, "transfer-slip-mismatch");
        await (await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = "" })).AssertProblemAsync(400);
        await (await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{Guid.NewGuid()}/handover", new { slipNo = slip })).AssertProblemAsync(404);
        await (await Agent(_hall).PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = slip })).AssertProblemAsync(403);

        _hall.Host.Clock.Set("2026-03-03T09:30:00+08:00");
        var response = await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = slip.ToLowerInvariant() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(slip, receipt.GetProperty("slipNo").GetString());
        Assert.Equal("window01", receipt.GetProperty("receivedBy").GetString());
        Assert.Equal(Village, receipt.GetProperty("pointCode").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-03-03T09:30:00+08:00"), receipt.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.True(await _hall.Harness.PublishedAsync<TransferSlipReceived>(e => e.ApplicationId == id && e.SlipNo == slip && e.PointCode == Village && e.ReceivedBy == "window01"));
        await (await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = slip })).AssertProblemAsync(409, "not-awaiting-handover");
        var pending = await Agent(_hall).GetFromJsonAsync<JsonElement>("/api/intake/agent/applications?status=pending-review");
        Assert.Equal(id, pending.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal("待预审", pending.GetProperty("items")[0].GetProperty("statusLabel").GetString());
        Assert.NotEqual(JsonValueKind.Null, pending.GetProperty("items")[0].GetProperty("handedOverAt").ValueKind);

        // 预审 passes (AgentNetwork.AcceptAsync: POST …/review). The clock starts now.
        _hall.Host.Clock.Set("2026-03-04T10:00:00+08:00");
        var caseNo = await AcceptAsync(_hall, id);

        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == caseNo && e.Channel == "agent"
            && e.PointCode == Village && e.PointLevel == "village" && e.Visits == 1 && e.AcceptedAt == DateTimeOffset.Parse("2026-03-04T10:00:00+08:00")));
        var view = await _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        Assert.Equal("agent", view.GetProperty("channel").GetString());
        Assert.Equal(Village, view.GetProperty("pointCode").GetString());
        Assert.Equal(1, view.GetProperty("visits").GetInt32());
        var accepted = await Agent(_hall).GetFromJsonAsync<JsonElement>("/api/intake/agent/applications?status=accepted");
        Assert.Equal(caseNo, accepted.GetProperty("items")[0].GetProperty("caseNo").GetString());
    }

    [Fact]
    public async Task The_window_review_accepts_a_handed_over_agent_application()
    {
        var taken = await TakeInAsync(Agent(_hall));
        var id = taken.GetProperty("id").GetGuid();
        await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = taken.GetProperty("transferSlipNo").GetString() });

        var review = await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/review", new
        {
            outcome = "accept",
            windowNo = "A01",
            materials = new[] { new { name = "高龄津贴申请表", status = "present", note = (string?)null }, new { name = "身份证明", status = "present", note = (string?)null }, new { name = "银行账户", status = "missing", note = (string?)null } },
        });

        Assert.True(review.IsSuccessStatusCode);
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.Channel == "agent" && e.PointCode == Village && e.Visits == 1));
    }
}
