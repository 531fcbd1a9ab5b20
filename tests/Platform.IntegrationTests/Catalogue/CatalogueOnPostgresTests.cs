using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Catalogue;

/// <summary>The catalogue's queries and writes on PostgreSQL, its events relayed through RabbitMQ.</summary>
[Collection(RealServersCollection.Name)]
public sealed class CatalogueOnPostgresTests(RealServers servers)
{
    const string File = """
        code,name,type,departmentCode,departmentName,handlingKind,statutoryLimitDays,promisedLimitDays,materials
        SC-001,食品经营许可,01,SCJGJ,市场监督管理局,promised,20,5,食品经营许可申请书;营业执照|复印件
        SC-002,个体工商户登记,01,SCJGJ,市场监督管理局,instant,15,0,个体工商户登记申请书
        MZ-001,婚姻登记档案查询,20,MZJ,民政局,instant,,0,身份证明
        """;

    [Fact]
    public async Task Import_search_statistics_and_calendar_work_on_postgres_and_every_event_is_relayed()
    {
        var database = await servers.CreateDatabaseAsync("catalogue");
        await using var factory = servers.Service<Platform.Catalogue.Program>("catalogue", database);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("catalogue01", "catalogue-admin"));

        var imported = await client.PostAsync("/api/catalogue/matters/import", new StringContent(File, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var reimported = await client.PostAsync("/api/catalogue/matters/import", new StringContent(File, Encoding.UTF8, "text/csv"));
        Assert.Equal("""{"imported":3,"created":0,"updated":0,"unchanged":3}""", (await reimported.Content.ReadFromJsonAsync<JsonElement>()).GetRawText());

        var search = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters?keyword=登记&handlingKind=instant");
        Assert.Equal(["MZ-001", "SC-002"], search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).Order());
        var statistics = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/statistics");
        Assert.Equal((20 - 5 + 15 - 0) / 2.0, statistics.GetProperty("compressionDays").GetDouble());
        var add = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/calendar/add?from=2025-09-30&workingDays=3");
        Assert.Equal("2025-10-11", add.GetProperty("date").GetString());
        var load = await client.PutAsync("/api/catalogue/calendar/years/2027",
            new StringContent("""{"year":2027,"days":[{"name":"元旦","date":"2027-01-01","isOffDay":true}]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, load.StatusCode);

        // 3 matters + 2 departments + 1 calendar change, all relayed (publisher confirms) and none left behind.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        long unsent, total;
        do
        {
            await Task.Delay(200);
            (unsent, total) = await OutboxCounts(database);
        } while (unsent > 0 && DateTime.UtcNow < deadline);
        Assert.Equal(6, total);
        Assert.Equal(0, unsent);
    }

    [Fact]
    public async Task The_same_file_imported_four_times_at_once_ends_in_successes_and_conflicts_never_a_server_error()
    {
        var database = await servers.CreateDatabaseAsync("catalogue_race");
        await using var factory = servers.Service<Platform.Catalogue.Program>("catalogue", database);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("catalogue01", "catalogue-admin"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.PostAsync("/api/catalogue/matters/import", new StringContent(File, Encoding.UTF8, "text/csv"))));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
        var search = await client.GetFromJsonAsync<JsonElement>("/api/catalogue/matters");
        Assert.Equal(3, search.GetProperty("total").GetInt32());
    }

    static async Task<(long Unsent, long Total)> OutboxCounts(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FILTER (WHERE sent_at IS NULL), count(*) FROM outbox_messages", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
