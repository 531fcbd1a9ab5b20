using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Contracts.Intake;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.IntegrationTests.Infrastructure;
using Platform.Supervision.Data;

namespace Platform.IntegrationTests.Outages;

/// <summary>
/// PostgreSQL and Redis going away under a running service (the link to each cut and restored, as a restart or a
/// network loss looks to it): requests answer 503 problems with Retry-After instead of 500s, nothing is half written,
/// the queue keeps working on the database while Redis is away, and everything recovers by itself.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class DependencyOutageTests(RealServers servers)
{
    const string Line = "OUTAGE";

    sealed record Links(CuttableLink Postgres, CuttableLink Redis) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Postgres.DisposeAsync();
            await Redis.DisposeAsync();
        }
    }

    Links Cuttable()
    {
        var postgres = new NpgsqlConnectionStringBuilder(servers.PostgresAdmin);
        var redis = servers.RedisConnectionString.Split(':');
        return new Links(new CuttableLink(postgres.Host!, postgres.Port), new CuttableLink(redis[0], int.Parse(redis[1])));
    }

    WebApplicationFactory<T> Through<T>(Links links, string name, string database) where T : class =>
        servers.Service<T>(name, database, host =>
        {
            var linked = new NpgsqlConnectionStringBuilder(database)
            {
                Host = "127.0.0.1",
                Port = links.Postgres.Port,
                Timeout = 3,
            };
            host.UseSetting($"ConnectionStrings:{name}", linked.ConnectionString);
            host.UseSetting("ConnectionStrings:Redis", $"127.0.0.1:{links.Redis.Port},connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000");
            host.UseSetting("Supervision:Live:CheckInterval", "00:00:01");
        });

    static HttpClient Client<T>(WebApplicationFactory<T> factory, string user, string role) where T : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(user, role));
        return client;
    }

    static async Task PublishLineAsync(WebApplicationFactory<Platform.Intake.Program> intake)
    {
        await using var scope = intake.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        db.Matters.Add(new LocalMatter
        {
            Code = "OUT-001",
            Name = "停电测试事项",
            TypeCode = "01",
            DepartmentCode = Line,
            DepartmentName = "测试局",
            HandlingKind = "promised",
            StatutoryLimitDays = 20,
            PromisedLimitDays = 5,
            Published = true,
        });
        await db.SaveChangesAsync();
    }

    static Task<HttpResponseMessage> IssueAsync(HttpClient kiosk) =>
        kiosk.PostAsJsonAsync("/api/intake/queue/tickets", new { departmentCode = Line, priority = false });

    static async Task<string?> CallAsync(HttpClient window)
    {
        var response = await window.PostAsJsonAsync("/api/intake/queue/call", new { windowNo = "W1", lines = new[] { Line } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return response.StatusCode == HttpStatusCode.NoContent ? null
            : (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString();
    }

    static async Task AssertOutageProblemAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("dependency-unavailable", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task While_postgres_is_away_requests_answer_503_problems_write_nothing_and_work_again_after()
    {
        await using var links = Cuttable();
        var database = await servers.CreateDatabaseAsync("intake_outage");
        await using var intake = Through<Platform.Intake.Program>(links, "intake", database);
        await PublishLineAsync(intake);
        var kiosk = intake.CreateClient();
        var window = Client(intake, "window01", "window-staff");
        Assert.Equal(HttpStatusCode.Created, (await IssueAsync(kiosk)).StatusCode);

        links.Postgres.Cut();
        await AssertOutageProblemAsync(await IssueAsync(kiosk));
        await AssertOutageProblemAsync(await window.GetAsync("/api/intake/cases/SL20260001"));
        await AssertOutageProblemAsync(await window.PostAsJsonAsync("/api/intake/queue/call",
            new { windowNo = "W1", lines = new[] { Line } }));
        links.Postgres.Restore();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpResponseMessage issued;
        while ((issued = await IssueAsync(kiosk)).StatusCode != HttpStatusCode.Created)
        {
            Assert.True(DateTime.UtcNow < deadline, $"intake did not recover: {await issued.Content.ReadAsStringAsync()}");
            await Task.Delay(250);
        }
        // One ticket before the outage, one after it: the refused ones left neither a ticket nor a used number.
        Assert.Equal("A002", (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticketNo").GetString());
        Assert.Equal("A001", await CallAsync(window));
        Assert.Equal("A002", await CallAsync(window));
    }

    [Fact]
    public async Task While_redis_is_away_the_queue_runs_on_the_database_and_no_ticket_is_skipped_when_it_returns()
    {
        await using var links = Cuttable();
        var database = await servers.CreateDatabaseAsync("intake_redis_outage");
        await using var intake = Through<Platform.Intake.Program>(links, "intake", database);
        await PublishLineAsync(intake);
        var kiosk = intake.CreateClient();
        var window = Client(intake, "window01", "window-staff");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await IssueAsync(kiosk)).StatusCode); // A001-A003 in Redis
        }

        links.Redis.Cut();
        Assert.Equal("A001", await CallAsync(window)); // from the tickets table
        var issued = await IssueAsync(kiosk);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode); // A004, only in the table
        Assert.Equal(2, (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ahead").GetInt32());
        Assert.Equal("A002", await CallAsync(window));
        links.Redis.Restore();

        // Back on Redis, the line holds what the table says: A003 and the ticket issued while Redis was away (not the
        // two called meanwhile), and they come next.
        var multiplexer = intake.Services.GetRequiredService<StackExchange.Redis.IConnectionMultiplexer>();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!multiplexer.IsConnected)
        {
            Assert.True(DateTime.UtcNow < until, "the Redis client did not reconnect");
            await Task.Delay(200);
        }
        var line = await kiosk.GetFromJsonAsync<JsonElement>($"/api/intake/queue/lines/{Line}");
        Assert.Equal(2, line.GetProperty("waiting").GetInt32());
        var called = new List<string?>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (called.Count < 3 && DateTime.UtcNow < deadline)
        {
            called.Add(await CallAsync(window));
        }
        Assert.Equal(["A003", "A004", null], called);
    }

    [Fact]
    public async Task Live_counters_missed_while_redis_was_away_equal_the_read_model_again_soon_after_it_returns()
    {
        await using var links = Cuttable();
        var database = await servers.CreateDatabaseAsync("supervision_outage");
        await using var supervision = Through<Platform.Supervision.Program>(links, "supervision", database);
        var supervisor = Client(supervision, "supervisor01", "supervisor");
        var department = "RO" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var bus = supervision.Services.GetRequiredService<IBus>();
        Task Accept(int n) => bus.Publish(new ApplicationAccepted($"RO{n}-{department}", "SC-001", "食品经营许可", department,
            "promised", 20, 5, "A01", "natural", now, today.AddDays(7), "test", false));

        await Accept(1);
        await WaitForLiveAsync(supervisor, department, 1);
        links.Redis.Cut();
        for (var n = 2; n <= 6; n++)
        {
            await Accept(n);
        }
        // While Redis is away the dashboard still answers, counted from the read model.
        await WaitForLiveAsync(supervisor, department, 6);
        links.Redis.Restore();

        await WaitForLiveAsync(supervisor, department, 6);
        await using var scope = supervision.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<SupervisionDbContext>().Cases
            .CountAsync(c => c.DepartmentCode == department);
        Assert.Equal(6, stored);
        // And the counters kept in Redis say so too (not only a rebuild on read).
        using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        var key = $"supervision:live:{today:yyyy-MM-dd}";
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((long)await redis.GetDatabase().HashGetAsync(key, $"accepted:{department}") != 6)
        {
            Assert.True(DateTime.UtcNow < deadline, "Redis's counters were not rebuilt after it returned");
            await Task.Delay(200);
        }
    }

    static async Task WaitForLiveAsync(HttpClient supervisor, string department, long expected)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        string last = "";
        while (DateTime.UtcNow < until)
        {
            var response = await supervisor.GetAsync("/api/supervision/live");
            last = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode
                && JsonDocument.Parse(last).RootElement.GetProperty("acceptedByDepartment").TryGetProperty(department, out var n)
                && n.GetInt64() == expected)
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail($"live did not show {expected} acceptances of {department}; last answer: {last}");
    }
}
