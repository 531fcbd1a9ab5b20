using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using static Platform.ComponentTests.Intake.AgentNetwork;

namespace Platform.ComponentTests.Intake;

public sealed class AgentIntakeTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public async Task InitializeAsync()
    {
        await _hall.InitializeAsync();
        await PublishAsync(_hall);
    }

    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task A_village_agent_takes_an_application_in_with_consent_and_a_numbered_transfer_slip()
    {
        _hall.Host.Clock.Set("2026-03-02T10:00:00+08:00");
        var agent = Agent(_hall);

        var first = await TakeInAsync(agent);
        var second = await TakeInAsync(Agent(_hall, Village, "agent02b"));

        Assert.Equal("ZB-20260302-0001", first.GetProperty("transferSlipNo").GetString());
        Assert.Equal("ZB-20260302-0002", second.GetProperty("transferSlipNo").GetString());
        Assert.Equal("awaiting-handover", first.GetProperty("status").GetString());
        Assert.Equal("待交接", first.GetProperty("statusLabel").GetString());
        Assert.Equal("agent", first.GetProperty("channel").GetString());
        Assert.Equal(Village, first.GetProperty("pointCode").GetString());
        Assert.Equal("居民签署代办委托书", first.GetProperty("consent").GetString());
        Assert.Equal(1, first.GetProperty("visits").GetInt32());
        Assert.Equal("张*", first.GetProperty("applicant").GetProperty("name").GetString());
        var materials = first.GetProperty("materials").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("status").GetString());
        Assert.Equal("present", materials["高龄津贴申请表"]);
        Assert.Equal("missing", materials["银行账户"]);
        var id = first.GetProperty("id").GetGuid();
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationSubmitted>(e => e.ApplicationId == id && e.Channel == "agent"
            && e.PointCode == Village && e.PointLevel == "village" && e.TransferSlipNo == "ZB-20260302-0001" && e.DepartmentCode == "MZJ"));

        _hall.Host.Clock.Set("2026-03-03T09:00:00+08:00");
        Assert.Equal("ZB-20260303-0001", (await TakeInAsync(agent)).GetProperty("transferSlipNo").GetString());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_makes_one_application()
    {
        async Task<HttpResponseMessage> Send(object body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/agent/applications") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "agent02-0001");
            return await Agent(_hall).SendAsync(request);
        }

        var first = await (await Send(Request())).Content.ReadFromJsonAsync<JsonElement>();
        var retry = await Send(Request());
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.GetProperty("id").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        await (await Send(Request("DB-002"))).AssertProblemAsync(422, "idempotency-key-reused");
    }

    [Fact]
    public async Task Consent_the_matter_at_this_level_and_a_known_town_or_village_point_are_required()
    {
        var agent = Agent(_hall);
        var noConsent = await (await agent.PostAsJsonAsync("/api/intake/agent/applications", Request(consent: " "))).AssertProblemAsync(400);
        Assert.Contains("consent", noConsent.GetProperty("errors").GetRawText());
        var longConsent = await agent.PostAsJsonAsync("/api/intake/agent/applications", Request(consent: new string('委', 201)));
        await longConsent.AssertProblemAsync(400);
        var unknownMaterial = await (await agent.PostAsJsonAsync("/api/intake/agent/applications", Request("DB-001", "委托书", "户口本"))).AssertProblemAsync(400);
        Assert.Contains("户口本", unknownMaterial.GetRawText());

        // SC-001 is taken in at the county hall only; DB-002 at towns but not villages.
        await (await agent.PostAsJsonAsync("/api/intake/agent/applications", Request("SC-001", "委托书", "营业执照"))).AssertProblemAsync(422, "matter-not-at-this-level");
        await (await agent.PostAsJsonAsync("/api/intake/agent/applications", Request("DB-002", "委托书", "补贴申报表"))).AssertProblemAsync(422, "matter-not-at-this-level");
        var town = Agent(_hall, Town, "agent01");
        Assert.Equal(HttpStatusCode.Created, (await town.PostAsJsonAsync("/api/intake/agent/applications", Request("DB-002", "委托书", "补贴申报表"))).StatusCode);

        foreach (var stray in new[] { Agent(_hall, "510181-999-99", "agent09"), Agent(_hall, County, "agent08"), _hall.Host.ClientAs("agent07", "agent") })
        {
            await (await stray.PostAsJsonAsync("/api/intake/agent/applications", Request())).AssertProblemAsync(403, "agent-without-point");
        }
        await (await _hall.Window.PostAsJsonAsync("/api/intake/agent/applications", Request())).AssertProblemAsync(403);

        var mine = await agent.GetFromJsonAsync<JsonElement>("/api/intake/agent/applications");
        Assert.Equal(0, mine.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_agent_sees_only_the_applications_and_cases_of_their_point()
    {
        var taken = await TakeInAsync(Agent(_hall));
        await TakeInAsync(Agent(_hall, OtherVillage, "agent03"));
        var id = taken.GetProperty("id").GetGuid();

        // Another agent of the same point (staff rotate) sees it; the other village's agent does not.
        var colleague = Agent(_hall, Village, "agent02b");
        var list = await colleague.GetFromJsonAsync<JsonElement>("/api/intake/agent/applications?status=awaiting-handover");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(id, list.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(taken.GetProperty("transferSlipNo").GetString(), list.GetProperty("items")[0].GetProperty("transferSlipNo").GetString());
        Assert.Equal(0, (await colleague.GetFromJsonAsync<JsonElement>("/api/intake/agent/applications?status=accepted")).GetProperty("total").GetInt32());
        await (await colleague.GetAsync("/api/intake/agent/applications?status=done")).AssertProblemAsync(400);

        await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = taken.GetProperty("transferSlipNo").GetString() });
        var caseNo = await AcceptAsync(_hall, id);
        await TakeInAsync(Agent(_hall, OtherVillage, "agent03"));
        await _hall.AcceptAsync(); // a window case of the county hall

        var cases = await colleague.GetFromJsonAsync<JsonElement>("/api/intake/agent/cases");
        Assert.Equal(1, cases.GetProperty("total").GetInt32());
        var item = cases.GetProperty("items")[0];
        Assert.Equal(caseNo, item.GetProperty("caseNo").GetString());
        Assert.Equal("agent", item.GetProperty("channel").GetString());
        Assert.Equal("village", item.GetProperty("pointLevel").GetString());
        Assert.Equal(0, (await Agent(_hall, OtherVillage, "agent03").GetFromJsonAsync<JsonElement>("/api/intake/agent/cases")).GetProperty("total").GetInt32());
        await (await _hall.Applicant.GetAsync("/api/intake/agent/cases")).AssertProblemAsync(403);
    }
}
