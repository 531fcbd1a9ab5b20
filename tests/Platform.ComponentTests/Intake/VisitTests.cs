using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Intake;
using static Platform.ComponentTests.Intake.IntakeScenario;

namespace Platform.ComponentTests.Intake;

public sealed class VisitTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public async Task InitializeAsync()
    {
        await _hall.InitializeAsync();
        await AgentNetwork.PublishAsync(_hall);
    }

    public Task DisposeAsync() => _hall.DisposeAsync();

    Task<HttpResponseMessage> CollectAtWindow(string caseNo) =>
        _hall.Window.PostAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "window" });

    [Fact]
    public async Task Collecting_at_a_window_adds_a_visit_unless_the_window_case_was_completed_on_the_spot()
    {
        _hall.Host.Clock.Set("2026-03-02T10:00:00+08:00");
        var promised = await _hall.AcceptAsync();
        Assert.True(await _hall.Harness.PublishedAsync<ApplicationAccepted>(e => e.CaseNo == promised && e.Visits == 1 && e.Channel == "window" && e.PointCode == AgentNetwork.County && e.PointLevel == "county"));
        var onTheSpot = await _hall.Submit(new
        {
            matterCode = "SC-002",
            windowNo = "A01",
            applicant = Person(),
            outcome = "complete-now",
            result = "approved",
            materials = Materials(("个体工商户登记申请书", "present"), ("经营者身份证明", "present")),
        });
        var instant = (await onTheSpot.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;
        _hall.Host.Clock.Set("2026-03-05T10:00:00+08:00");
        (await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{promised}/complete", new { result = "approved", decisionNo = "食经许〔2026〕2号" })).EnsureSuccessStatusCode();

        var later = await (await CollectAtWindow(promised)).Content.ReadFromJsonAsync<JsonElement>();
        var same = await (await CollectAtWindow(instant)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(2, later.GetProperty("visits").GetInt32());
        Assert.Equal(1, same.GetProperty("visits").GetInt32());
        Assert.True(await _hall.Harness.PublishedAsync<CaseResultDelivered>(e => e.CaseNo == promised && e.Method == "window" && e.Visits == 2));
        Assert.True(await _hall.Harness.PublishedAsync<CaseResultDelivered>(e => e.CaseNo == instant && e.Method == "window" && e.Visits == 1));
    }

    [Fact]
    public async Task An_agent_case_collected_at_the_window_counts_two_visits_and_delivered_by_post_one()
    {
        var byPost = await AgentCaseAsync();
        var collected = await AgentCaseAsync();

        (await _hall.Window.PostAsJsonAsync($"/api/intake/cases/{byPost}/delivery", new { method = "post", trackingNumber = "EMS12345678" })).EnsureSuccessStatusCode();
        (await CollectAtWindow(collected)).EnsureSuccessStatusCode();

        Assert.True(await _hall.Harness.PublishedAsync<CaseResultDelivered>(e => e.CaseNo == byPost && e.Visits == 1));
        Assert.True(await _hall.Harness.PublishedAsync<CaseResultDelivered>(e => e.CaseNo == collected && e.Visits == 2));
    }

    /// <summary>An agent's DB-001 application handed over, accepted and completed; the agent chose the delivery.</summary>
    async Task<string> AgentCaseAsync()
    {
        var agent = AgentNetwork.Agent(_hall);
        var taken = await AgentNetwork.TakeInAsync(agent);
        var id = taken.GetProperty("id").GetGuid();
        (await _hall.Window.PostAsJsonAsync($"/api/intake/applications/{id}/handover", new { slipNo = taken.GetProperty("transferSlipNo").GetString() })).EnsureSuccessStatusCode();
        var caseNo = await AgentNetwork.AcceptAsync(_hall, id);
        var choice = await agent.PutAsJsonAsync($"/api/intake/cases/{caseNo}/delivery", new { method = "post", address = "东风村 3 组" });
        Assert.Equal(HttpStatusCode.OK, choice.StatusCode);
        (await _hall.Host.ClientAs("approver-mz", "approver", "MZJ").PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "民高龄〔2026〕1号" })).EnsureSuccessStatusCode();
        return caseNo;
    }

    [Fact]
    public async Task Imported_cases_take_channel_point_and_visits_with_defaults_and_every_bad_cell_named()
    {
        const string good = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,channel,pointCode,visits
            V-0001,SC-001,2025-09-30T09:00:00+08:00,,0,,,
            V-0002,SC-001,2025-09-30T09:00:00+08:00,,0,online,,0
            V-0003,SC-001,2025-09-30T09:00:00+08:00,,0,agent,510181-101-01,1
            """;
        Assert.Equal(HttpStatusCode.OK, (await Import(good)).StatusCode);
        Assert.True(await CaseImportTests.Imported(_hall.Harness, e => e.CaseNo == "V-0001" && e.Channel == "window" && e.PointCode == AgentNetwork.County && e.PointLevel == "county" && e.Visits == 1));
        Assert.True(await CaseImportTests.Imported(_hall.Harness, e => e.CaseNo == "V-0002" && e.Channel == "online" && e.Visits == 0));
        Assert.True(await CaseImportTests.Imported(_hall.Harness, e => e.CaseNo == "V-0003" && e.Channel == "agent" && e.PointCode == AgentNetwork.Village && e.PointLevel == "village"));

        const string bad = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,channel,pointCode,visits
            W-0001,SC-001,2025-09-30T09:00:00+08:00,,0,fax,,
            W-0002,SC-001,2025-09-30T09:00:00+08:00,,0,,999-000,
            W-0003,SC-001,2025-09-30T09:00:00+08:00,,0,,,-1
            W-0004,SC-001,2025-09-30T09:00:00+08:00,,0,window,,2
            """;
        var problem = await (await Import(bad)).AssertProblemAsync(400, "import-rejected");
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Row: e.GetProperty("row").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(2, "channel"), (3, "pointCode"), (4, "visits")], errors);
        await (await _hall.Admin.GetAsync("/api/intake/cases/W-0004")).AssertProblemAsync(404);
    }

    Task<HttpResponseMessage> Import(string csv) =>
        _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
