using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Intake;

/// <summary>Issue 17: who binds an account, masking, declared text limits and reused idempotency keys.</summary>
public sealed class IntakeHardeningTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static readonly string Huge = new('x', 1_000_000);

    [Fact]
    public async Task The_window_cannot_bind_an_account_and_the_applicant_claims_the_case_with_its_code()
    {
        var bound = await _hall.Submit(new { matterCode = "SC-001", windowNo = "A01", applicant = IntakeScenario.Person(), applicantAccount = "admin", materials = IntakeScenario.AllPresentSc001, outcome = "accept" });
        var problem = await bound.AssertProblemAsync(400, "validation-failed");
        Assert.Equal("applicantAccount", problem.GetProperty("errors")[0].GetProperty("field").GetString());

        var caseNo = await _hall.AcceptAsync();
        await (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/claim", new { verify = "9999" })).AssertProblemAsync(404, "case-not-found");
        Assert.Equal(HttpStatusCode.OK, (await _hall.Applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/claim", new { verify = "002X" })).StatusCode);
        var mine = await _hall.Applicant.GetFromJsonAsync<JsonElement>("/api/intake/my/cases");
        Assert.Equal([caseNo], mine.EnumerateArray().Select(c => c.GetProperty("caseNo").GetString()));

        var company = _hall.Host.CreateClient();
        company.WithToken(await company.SignInAsync("company01"));
        await (await company.PostAsJsonAsync($"/api/intake/cases/{caseNo}/claim", new { verify = "002X" })).AssertProblemAsync(409, "case-already-claimed");
        await (await _hall.Window.PostAsJsonAsync($"/api/intake/cases/{caseNo}/claim", new { verify = "002X" })).AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_short_phone_number_is_masked_too()
    {
        var response = await _hall.Submit(new { matterCode = "SC-001", windowNo = "A01", applicant = IntakeScenario.Person(phone: "5551234"), materials = IntakeScenario.AllPresentSc001, outcome = "accept" });
        var caseNo = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString();
        var text = await _hall.Window.GetStringAsync($"/api/intake/cases/{caseNo}");
        Assert.DoesNotContain("5551234", text);
        Assert.Equal("****234", JsonDocument.Parse(text).RootElement.GetProperty("applicantPhone").GetString());
    }

    [Theory]
    [InlineData("windowNo")]
    [InlineData("legalBasis")]
    [InlineData("reason")]
    [InlineData("decisionNo")]
    public async Task An_oversized_application_field_is_a_400_naming_it_and_changes_nothing(string field)
    {
        var body = new Dictionary<string, object>
        {
            ["matterCode"] = "SC-001",
            ["windowNo"] = "A01",
            ["applicant"] = IntakeScenario.Person(),
            ["materials"] = IntakeScenario.AllPresentSc001,
            ["outcome"] = "reject",
            ["reason"] = "材料不符",
            ["legalBasis"] = "《行政许可法》第三十二条",
            [field] = Huge,
        };
        var problem = await (await _hall.Submit(body)).AssertProblemAsync(400, "validation-failed");
        Assert.Equal(field, problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("最长", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Oversized_queue_and_case_fields_are_400s_naming_them()
    {
        async Task Refused(HttpResponseMessage response, string field) =>
            Assert.Equal(field, (await response.AssertProblemAsync(400, "validation-failed")).GetProperty("errors")[0].GetProperty("field").GetString());

        await Refused(await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { departmentCode = Huge }), "departmentCode");
        await Refused(await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = Huge, lines = new[] { "SCJGJ" } }), "windowNo");
        await Refused(await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { Huge } }), "lines[0]");
        var ticket = await (await _hall.Anonymous.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "SC-001" })).Content.ReadFromJsonAsync<JsonElement>();
        await Refused(await _hall.Window.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket.GetProperty("ticketNo").GetString()}/transfer", new { line = Huge }), "line");
        await _hall.Window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "B01", lines = new[] { "SCJGJ" } });
        await Refused(await _hall.Window.PostAsJsonAsync($"/api/intake/queue/tickets/{ticket.GetProperty("ticketNo").GetString()}/recall", new { windowNo = Huge }), "windowNo");
        var caseNo = await _hall.AcceptAsync();
        await Refused(await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/extend", new { workingDays = 5, legalBasis = Huge }), "legalBasis");
        await Refused(await _hall.Approver.PostAsJsonAsync($"/api/intake/cases/{caseNo}/suspend", new { procedure = "hearing", reason = Huge }), "reason");
        Assert.Equal(HttpStatusCode.NotFound, (await _hall.Window.GetAsync($"/api/intake/cases/{new string('S', 100)}")).StatusCode);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_a_422_that_changes_nothing()
    {
        HttpRequestMessage Request(string windowNo) => new(HttpMethod.Post, "/api/intake/applications")
        {
            Headers = { { "Idempotency-Key", "key-17" } },
            Content = JsonContent.Create(new { matterCode = "SC-001", windowNo, applicant = IntakeScenario.Person(), materials = IntakeScenario.AllPresentSc001, outcome = "accept" }),
        };
        var first = await _hall.Window.SendAsync(Request("A01"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var caseNo = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString();

        await (await _hall.Window.SendAsync(Request("A02"))).AssertProblemAsync(422, "idempotency-key-reused");
        var retry = await _hall.Window.SendAsync(Request("A01"));
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(caseNo, (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString());
        var stored = await _hall.Window.GetFromJsonAsync<JsonElement>($"/api/intake/cases/{caseNo}");
        Assert.Equal("A01", stored.GetProperty("windowNo").GetString());
    }
}
