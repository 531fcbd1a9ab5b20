using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Supervision;

/// <summary>
/// Issue 5's fault test: supervision is killed and restarted, and the broker stopped and started, while an import's
/// events flow; afterwards supervision's counts reconcile with intake's to the case. Issue 9: the import's events are
/// slices (one message per stored slice, many cases in one unit of work at supervision) published by the relay in
/// batches; then the relay sends every one of them again, as after confirms lost to a broker crash, and nothing is
/// counted twice.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class SupervisionFaultTests(RealServers servers)
{
    const string Catalogue = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays
        SC-001,食品经营许可,01,SCJGJ,市场监督管理局,promised,20,5
        SC-002,个体工商户登记,01,SCJGJ,市场监督管理局,instant,15,0
        """;

    WebApplicationFactory<T> Service<T>(string name, string database, WebApplicationFactory<Platform.Intake.Program>? intake = null)
        where T : class =>
        servers.Service<T>(name, database, host =>
        {
            host.UseSetting("Outbox:PollingInterval", "00:00:00.100");
            host.UseSetting("Outbox:PublishTimeout", "00:00:03");
            host.UseSetting("Outbox:MaxMessageBackoff", "00:00:02");
            if (intake is not null)
            {
                host.ConfigureServices(services =>
                    services.AddHttpClient("intake").ConfigurePrimaryHttpMessageHandler(() => intake.Server.CreateHandler()));
            }
        });

    static HttpClient Client<T>(WebApplicationFactory<T> factory, string user, string role) where T : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(user, role));
        return client;
    }

    static string Cases(int count)
    {
        var text = new StringBuilder("caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays,rating\n");
        for (var i = 1; i <= count; i++)
        {
            var day = new DateOnly(2025, 9, 1).AddDays(i % 40);
            var instant = i % 3 == 0;
            var completed = i % 7 == 0 ? "" : $"{day.AddDays(instant ? 0 : 1 + i % 9):yyyy-MM-dd}T16:00:00+08:00";
            var rating = completed.Length > 0 && i % 11 == 0 ? "1" : ""; // a 差评: a rectification each, doubled by a repeat
            text.Append($"F{i:D5},{(instant ? "SC-002" : "SC-001")},{day:yyyy-MM-dd}T09:00:00+08:00,{completed},0,{rating}\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task Supervision_and_the_broker_restarting_during_an_import_lose_and_double_nothing()
    {
        var catalogueDb = await servers.CreateDatabaseAsync("catalogue");
        var intakeDb = await servers.CreateDatabaseAsync("intake");
        var supervisionDb = await servers.CreateDatabaseAsync("supervision");
        await using var catalogue = Service<Platform.Catalogue.Program>("catalogue", catalogueDb);
        await using var intake = Service<Platform.Intake.Program>("intake", intakeDb);
        var supervision = Service<Platform.Supervision.Program>("supervision", supervisionDb, intake);
        // Started first, so their queues exist before the events they subscribe to flow.
        intake.CreateClient().Dispose();
        supervision.CreateClient().Dispose();

        (await Client(catalogue, "catalogue01", "catalogue-admin").PostAsync("/api/catalogue/matters/import",
            new StringContent(Catalogue, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        var window = Client(intake, "window01", "window-staff");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await window.GetFromJsonAsync<JsonElement>("/api/intake/matters")).GetArrayLength() < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "intake did not get the catalogue");
            await Task.Delay(200);
        }

        var admin = Client(intake, "admin", "admin");
        for (var batch = 0; batch < 3; batch++)
        {
            var csv = Cases(450).Split('\n');
            var part = string.Join('\n', csv.Take(1).Concat(csv.Skip(1 + batch * 150).Take(150)));
            (await admin.PostAsync("/api/intake/cases/import", new StringContent(part, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
            if (batch == 0)
            {
                await Task.Delay(300);
                await supervision.DisposeAsync(); // killed while consuming the first batch
            }
            if (batch == 1)
            {
                await servers.Broker.StopAsync(); // the third batch is imported while the broker is away
            }
        }
        await Task.Delay(2000);
        await servers.Broker.StartAsync();
        supervision = Service<Platform.Supervision.Program>("supervision", supervisionDb, intake);
        await using var restarted = supervision;

        var supervisor = Client(supervision, "supervisor01", "supervisor");
        const string url = "/api/supervision/reconciliation?from=2025-08-01&to=2025-12-31";
        deadline = DateTime.UtcNow.AddSeconds(120);
        JsonElement report;
        do
        {
            await Task.Delay(500);
            report = await supervisor.GetFromJsonAsync<JsonElement>(url);
        } while (!report.GetProperty("balanced").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.True(report.GetProperty("balanced").GetBoolean(), report.GetRawText() + "\nqueues with messages:\n" + await servers.Broker.DescribeQueuesAsync());
        Assert.Equal(450, report.GetProperty("supervisionAccepted").GetInt32());
        Assert.Equal(450 - 450 / 7, report.GetProperty("supervisionCompleted").GetInt32());
        var warnings = (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings")).GetArrayLength();
        var rectifications = (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/rectifications")).GetArrayLength();
        Assert.Equal(Enumerable.Range(1, 450).Count(i => i % 7 != 0 && i % 11 == 0), rectifications);

        // Every event intake ever sent, sent again under its own MessageId.
        var resent = await ExecuteAsync(intakeDb, "UPDATE outbox_messages SET sent_at = NULL, next_attempt_at = now()");
        Assert.True(resent >= 3, $"intake's outbox held {resent} events");
        deadline = DateTime.UtcNow.AddSeconds(60);
        while (await ExecuteAsync(intakeDb, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "intake's relay did not send its events again");
            await Task.Delay(200);
        }
        // A last case imported after them: its slice is queued behind the repeats, so once it is counted they were
        // all delivered (and skipped).
        (await admin.PostAsync("/api/intake/cases/import", new StringContent(
            "caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays\nF99999,SC-002,2025-09-10T09:00:00+08:00,"
            + "2025-09-10T10:00:00+08:00,0\n", Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            await Task.Delay(300);
            report = await supervisor.GetFromJsonAsync<JsonElement>(url);
        } while (report.GetProperty("supervisionAccepted").GetInt32() < 451 && DateTime.UtcNow < deadline);
        await Task.Delay(1000);
        report = await supervisor.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal(451, report.GetProperty("supervisionAccepted").GetInt32());
        Assert.Equal(450 - 450 / 7 + 1, report.GetProperty("supervisionCompleted").GetInt32());
        Assert.True(report.GetProperty("balanced").GetBoolean(), report.GetRawText());
        Assert.Equal(warnings, (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/warnings")).GetArrayLength());
        Assert.Equal(rectifications,
            (await supervisor.GetFromJsonAsync<JsonElement>("/api/supervision/rectifications")).GetArrayLength());
        Assert.Equal(await ExecuteAsync(intakeDb, "SELECT count(*) FROM outbox_messages WHERE message_type LIKE '%CaseHistoryImported%'"),
            await ExecuteAsync(supervisionDb, "SELECT count(*) FROM inbox_messages WHERE consumer = '"
                + typeof(Platform.Supervision.Cases.CaseHistoryImportedConsumer).FullName + "'"));
    }

    /// <summary>Runs a statement on a database: a SELECT count's answer, or the rows a change touched.</summary>
    static async Task<long> ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return sql.StartsWith("SELECT", StringComparison.Ordinal)
            ? (long)(await command.ExecuteScalarAsync())!
            : await command.ExecuteNonQueryAsync();
    }
}
