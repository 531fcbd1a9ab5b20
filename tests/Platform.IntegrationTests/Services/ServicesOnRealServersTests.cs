using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>Each service as its own process in distributed mode: PostgreSQL (migrated), RabbitMQ and Redis.</summary>
[Collection(RealServersCollection.Name)]
public sealed class ServicesOnRealServersTests(RealServers servers)
{
    [Theory]
    [InlineData("catalogue")]
    [InlineData("intake")]
    [InlineData("approval")]
    [InlineData("bidding")]
    [InlineData("disclosure")]
    [InlineData("supervision")]
    public async Task A_service_migrates_its_database_and_reports_ready(string service)
    {
        var database = await servers.CreateDatabaseAsync(service);
        var settings = servers.DistributedSettings(service, database);
        var (client, factory) = service switch
        {
            "catalogue" => Start(new WebApplicationFactory<Platform.Catalogue.Program>(), settings),
            "intake" => Start(new WebApplicationFactory<Platform.Intake.Program>(), settings),
            "approval" => Start(new WebApplicationFactory<Platform.Approval.Program>(), settings),
            "bidding" => Start(new WebApplicationFactory<Platform.Bidding.Program>(), settings),
            "disclosure" => Start(new WebApplicationFactory<Platform.Disclosure.Program>(), settings),
            _ => Start(new WebApplicationFactory<Platform.Supervision.Program>(), settings),
        };
        await using var _ = factory;

        var ready = await client.GetAsync("/health/ready");
        var checks = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", checks.GetProperty($"{service}-database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("masstransit-bus").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/openapi/{service}.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/api/{service}/anything")).StatusCode);
        Assert.Contains("Initial", await AppliedMigrations(database));
    }

    static (HttpClient, IAsyncDisposable) Start<T>(WebApplicationFactory<T> factory, IReadOnlyDictionary<string, string> settings)
        where T : class
    {
        var configured = factory.WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        return (configured.CreateClient(), configured);
    }

    static async Task<IReadOnlyList<string>> AppliedMigrations(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0).Split('_', 2)[1]);
        }
        return names;
    }
}
