using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Intake;
using Platform.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Platform.IntegrationTests.Supervision;

/// <summary>Supervision's live counters in Redis: counted once per committed event, rebuilt (not doubled) on restart.</summary>
[Collection(RealServersCollection.Name)]
public sealed class LiveCountersOnRedisTests(RealServers servers)
{
    WebApplicationFactory<Platform.Supervision.Program> Supervision(string database) =>
        servers.Service<Platform.Supervision.Program>("supervision", database);

    static async Task<JsonElement> LiveAsync(WebApplicationFactory<Platform.Supervision.Program> factory, Func<JsonElement, bool> done)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("supervisor01", "supervisor"));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement live;
        do
        {
            await Task.Delay(200);
            live = await client.GetFromJsonAsync<JsonElement>("/api/supervision/live");
        } while (!done(live) && DateTime.UtcNow < deadline);
        return live;
    }

    [Fact]
    public async Task Todays_acceptances_are_counted_in_redis_once_each_and_a_restart_rebuilds_rather_than_doubles_them()
    {
        var database = await servers.CreateDatabaseAsync("supervision_live");
        var department = "LIVE" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        ApplicationAccepted Accepted(int n) => new($"LV{n}-{department}", "SC-001", "食品经营许可", department, "promised", 20, 5, "A01",
            "natural", now, today.AddDays(7), "test", false);

        long before;
        // A second supervision process starts while the first still runs (a restart or a new replica: both rebuild at
        // start). Started before the first is disposed: MassTransit keeps a process-wide log context that would
        // otherwise point at the disposed host's logger factory, a test-process artefact one process per host avoids.
        WebApplicationFactory<Platform.Supervision.Program> restarted;
        await using (var first = Supervision(database))
        {
            before = (await LiveAsync(first, _ => true)).GetProperty("accepted").GetInt64();
            var bus = first.Services.GetRequiredService<IBus>();
            var duplicateId = Guid.NewGuid();
            await bus.Publish(Accepted(1), c => c.MessageId = duplicateId);
            await bus.Publish(Accepted(1), c => c.MessageId = duplicateId); // delivered twice: one effect, one count
            await bus.Publish(Accepted(2));
            var live = await LiveAsync(first, l => l.GetProperty("acceptedByDepartment").TryGetProperty(department, out var n) && n.GetInt64() >= 2);
            await Task.Delay(500);
            live = await LiveAsync(first, _ => true);
            Assert.Equal(2, live.GetProperty("acceptedByDepartment").GetProperty(department).GetInt64());
            Assert.Equal(before + 2, live.GetProperty("accepted").GetInt64());
            restarted = Supervision(database);
            restarted.CreateClient().Dispose();
        }
        await using var second = restarted;

        using var redis = await ConnectionMultiplexer.ConnectAsync(servers.RedisConnectionString);
        Assert.Equal(2, (long)await redis.GetDatabase().HashGetAsync($"supervision:live:{today:yyyy-MM-dd}", $"accepted:{department}"));

        var rebuilt = await LiveAsync(second, _ => true);
        Assert.Equal(2, rebuilt.GetProperty("acceptedByDepartment").GetProperty(department).GetInt64());
        Assert.Equal(before + 2, rebuilt.GetProperty("accepted").GetInt64());
    }
}
