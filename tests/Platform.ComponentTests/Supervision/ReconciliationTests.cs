using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Intake;
using Platform.Supervision.Data;

namespace Platform.ComponentTests.Supervision;

public sealed class ReconciliationTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    const string Cases = """
        caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
        C-01,SC-001,2025-09-29T09:00:00+08:00,2025-10-09T10:00:00+08:00,0
        C-02,SC-002,2025-09-30T09:00:00+08:00,2025-09-30T09:10:00+08:00,0
        C-03,JT-001,2025-09-30T09:00:00+08:00,,0
        """;

    [Fact]
    public async Task Supervision_agrees_with_intake_and_a_lost_event_shows_up_on_its_day()
    {
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(Cases, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        const string url = "/api/supervision/reconciliation?from=2025-09-01&to=2025-10-31";
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement report;
        do
        {
            await Task.Delay(100);
            report = await _hall.Supervisor.GetFromJsonAsync<JsonElement>(url);
        } while (!report.GetProperty("balanced").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.True(report.GetProperty("balanced").GetBoolean());
        Assert.Equal(3, report.GetProperty("intakeAccepted").GetInt32());
        Assert.Equal(2, report.GetProperty("supervisionCompleted").GetInt32());

        // Lose supervision's record of one case, as a lost event would.
        await using (var scope = _hall.Host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SupervisionDbContext>().Cases.Where(c => c.CaseNo == "C-02").ExecuteDeleteAsync();
        }
        report = await _hall.Supervisor.GetFromJsonAsync<JsonElement>(url);

        Assert.False(report.GetProperty("balanced").GetBoolean());
        var differences = report.GetProperty("differences").EnumerateArray()
            .Select(d => (d.GetProperty("date").GetString(), d.GetProperty("field").GetString(), d.GetProperty("intake").GetInt32(), d.GetProperty("supervision").GetInt32()))
            .ToList();
        Assert.Equal([("2025-09-30", "accepted", 2, 1), ("2025-09-30", "completed", 1, 0)], differences);
    }

    [Fact]
    public async Task Supervision_reads_intakes_counts_with_its_own_service_credentials_not_the_callers()
    {
        // The client reconciliation uses, sent without any caller's token: it signs in as the supervision service.
        var intake = _hall.Host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("intake");
        var answer = await intake.GetAsync("/api/intake/statistics/daily?from=2025-09-01&to=2025-09-30");
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);

        // The service role opens nothing else: a service token is refused where only staff may go.
        var staffOnly = await intake.PostAsync("/api/intake/cases/import", new StringContent(Cases, Encoding.UTF8, "text/csv"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, staffOnly.StatusCode);
    }
}
