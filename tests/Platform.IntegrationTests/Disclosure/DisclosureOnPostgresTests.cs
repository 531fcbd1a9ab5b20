using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Disclosure;

/// <summary>Disclosure's numbering, import and annual-report aggregation on PostgreSQL (the component tests run SQLite).</summary>
[Collection(RealServersCollection.Name)]
public sealed class DisclosureOnPostgresTests(RealServers servers)
{
    const string Requests = """
        requestNo,applicantCategory,channel,receivedAt,outcome,repliedAt
        P-1,natural,online,2024-12-20T10:00:00+08:00,3.1,2025-01-06T10:00:00+08:00
        P-2,commercial,letter,2025-03-02T10:00:00+08:00,3.3.4,2025-03-20T10:00:00+08:00
        P-3,research,email,2025-12-31T23:30:00+08:00,,
        P-4,natural,in-person,2025-06-02T10:00:00+08:00,3.6.1,2025-12-31T23:30:00+08:00
        """;

    [Fact]
    public async Task Requests_are_numbered_imported_and_counted_into_a_balanced_report_on_postgres()
    {
        var database = await servers.CreateDatabaseAsync("disclosure");
        await using var factory = servers.Service<Platform.Disclosure.Program>("disclosure", database);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("disclosure01", "disclosure-officer"));

        var imported = await client.PostAsync("/api/disclosure/requests/import", new StringContent(Requests, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var registered = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => client.PostAsJsonAsync("/api/disclosure/requests", new
        {
            channel = "online",
            applicantCategory = "natural",
            applicantName = "王五",
            identityNo = "11010519491231002X",
            description = "某文件",
        })));
        var numbers = await Task.WhenAll(registered.Select(async r =>
            (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestNo").GetString()));
        Assert.Equal(5, numbers.Distinct().Count());

        var report = await client.GetFromJsonAsync<JsonElement>("/api/disclosure/annual-report/2025");
        var rows = report.GetProperty("section3").GetProperty("rows");
        int Total(string row) => rows.GetProperty(row)[6].GetInt32();
        // Received in 2025: P-2, P-3 (23:30 on 31 December in the hall), P-4; carried in: P-1; replied in 2025: P-1, P-2, P-4.
        Assert.Equal((3, 1, 3, 1), (Total("1"), Total("2"), Total("3.7"), Total("4")));
        Assert.Equal(1, rows.GetProperty("3.6.1")[0].GetInt32());
        Assert.True(report.GetProperty("section3").GetProperty("balanced").GetBoolean());
    }
}
