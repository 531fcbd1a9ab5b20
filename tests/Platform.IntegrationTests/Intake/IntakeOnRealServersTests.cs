using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Platform.WorkingDays;

namespace Platform.IntegrationTests.Intake;

/// <summary>Catalogue and intake as separate processes over real RabbitMQ, PostgreSQL and Redis.</summary>
[Collection(RealServersCollection.Name)]
public sealed class IntakeOnRealServersTests(RealServers servers) : IAsyncLifetime
{
    const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials
        SC-001,食品经营许可,01,SCJGJ,市场监督管理局,promised,20,5,食品经营许可申请书;营业执照|复印件
        """;

    sealed class FixedClock(DateTimeOffset now) : HallClock
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    string _intakeDatabase = "";
    WebApplicationFactory<Platform.Catalogue.Program> _catalogue = null!;
    WebApplicationFactory<Platform.Intake.Program> _intake = null!;

    public async Task InitializeAsync()
    {
        _intakeDatabase = await servers.CreateDatabaseAsync("intake");
        var catalogueDatabase = await servers.CreateDatabaseAsync("catalogue");
        _catalogue = Service<Platform.Catalogue.Program>("catalogue", catalogueDatabase);
        _intake = Intake();
        var catalogue = Client(_catalogue, "catalogue01", "catalogue-admin");
        var window = Client(_intake, "window01", "window-staff");
        (await catalogue.PostAsync("/api/catalogue/matters/import", new StringContent(Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await window.GetFromJsonAsync<JsonElement>("/api/intake/matters")).GetArrayLength() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "intake did not receive MatterPublished over RabbitMQ");
            await Task.Delay(200);
        }
    }

    WebApplicationFactory<Platform.Intake.Program> Intake() => Service<Platform.Intake.Program>("intake", _intakeDatabase,
        services => services.AddSingleton<HallClock>(new FixedClock(DateTimeOffset.Parse("2025-09-30T10:00:00+08:00"))));

    WebApplicationFactory<T> Service<T>(string name, string database, Action<IServiceCollection>? configure = null) where T : class =>
        servers.Service<T>(name, database, host =>
        {
            host.UseSetting("Outbox:PollingInterval", "00:00:00.100");
            host.ConfigureServices(services => configure?.Invoke(services));
        });

    static HttpClient Client<T>(WebApplicationFactory<T> factory, string user, params string[] roles) where T : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(user, roles));
        return client;
    }

    [Fact]
    public async Task Ticket_call_accept_complete_rate_each_event_arrives_once()
    {
        var (probe, log) = await EventProbeHost.StartAsync(servers, "probe-intake-" + Guid.NewGuid().ToString("N")[..8]);
        using var _ = probe;
        var kiosk = _intake.CreateClient();
        var window = Client(_intake, "window01", "window-staff");
        var applicant = Client(_intake, "applicant01", "applicant");

        var issuedResponse = await kiosk.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "SC-001" });
        Assert.True(issuedResponse.IsSuccessStatusCode, await issuedResponse.Content.ReadAsStringAsync());
        var ticket = await issuedResponse.Content.ReadFromJsonAsync<JsonElement>();
        var number = ticket.GetProperty("ticketNo").GetString()!;
        var called = await window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "A01", lines = new[] { "SCJGJ" } });
        Assert.Equal(number, (await called.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString());

        var accepted = await window.PostAsJsonAsync("/api/intake/applications", new
        {
            matterCode = "SC-001",
            windowNo = "A01",
            outcome = "accept",
            applicant = new { type = "natural", name = "张三", idNumber = "11010519491231002X" },
            materials = new[] { new { name = "食品经营许可申请书", status = "present" }, new { name = "营业执照", status = "present" } },
        });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var caseNo = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!;

        var admin = Client(_intake, "admin", "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/intake/cases/{caseNo}/complete", new { result = "approved", decisionNo = "食经许〔2025〕1号" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.PostAsJsonAsync($"/api/intake/cases/{caseNo}/rating", new { score = 5, verify = "002X" })).StatusCode);

        var expected = new[] { ("TicketIssued", number), ("TicketCalled", number), ("ApplicationAccepted", caseNo), ("CaseCompleted", caseNo), ("CaseRated", caseNo) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (expected.Any(e => log.Count(e.Item1, e.Item2) == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        await Task.Delay(1500);
        Assert.All(expected, e => Assert.True(log.Count(e.Item1, e.Item2) == 1, $"{e.Item1} {e.Item2}: {log.Count(e.Item1, e.Item2)} deliveries"));
        Assert.Equal(log.Deliveries.Count, log.Deliveries.Select(d => d.MessageId).Distinct().Count());
        await probe.StopAsync();
    }

    [Fact]
    public async Task Windows_calling_at_once_never_share_a_ticket_and_a_restart_loses_none()
    {
        var kiosk = _intake.CreateClient();
        var issued = new List<string>();
        for (var i = 0; i < 24; i++)
        {
            var ticket = await (await kiosk.PostAsJsonAsync("/api/intake/queue/tickets", new { matterCode = "SC-001", priority = i % 6 == 0 })).Content.ReadFromJsonAsync<JsonElement>();
            issued.Add(ticket.GetProperty("ticketNo").GetString()!);
        }

        // A restart of intake: the waiting tickets are in Redis, not in the process.
        await _intake.DisposeAsync();
        _intake = Intake();

        var calls = await Task.WhenAll(Enumerable.Range(1, 4).Select(async windowNo =>
        {
            var window = Client(_intake, $"window0{windowNo}", "window-staff");
            var mine = new List<string>();
            while (true)
            {
                var response = await window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = $"A0{windowNo}", lines = new[] { "SCJGJ" } });
                if (response.StatusCode == HttpStatusCode.NoContent) return mine;
                mine.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString()!);
            }
        }));

        var all = calls.SelectMany(c => c).ToList();
        Assert.Equal(issued.Order(), all.Order());
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Windows_accepting_at_once_get_distinct_consecutive_case_numbers()
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, 20).Select(async i =>
        {
            var window = Client(_intake, $"window{i:00}", "window-staff");
            return await window.PostAsJsonAsync("/api/intake/applications", new
            {
                matterCode = "SC-001",
                windowNo = $"A{i:00}",
                outcome = "accept",
                applicant = new { type = "legal", name = "示例公司", idNumber = "91350100M000100Y43" },
                materials = new[] { new { name = "食品经营许可申请书", status = "present" }, new { name = "营业执照", status = "present" } },
            });
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receipt").GetProperty("caseNo").GetString()!);
        }
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"SL20250930{n:D5}"), numbers.Order());
    }

    public async Task DisposeAsync()
    {
        await _intake.DisposeAsync();
        await _catalogue.DisposeAsync();
    }
}
