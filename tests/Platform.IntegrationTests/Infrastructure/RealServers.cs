using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>
/// RabbitMQ, PostgreSQL and Redis for the tests, from the first source that has them:
/// 1. configuration: PLATFORM_TEST_POSTGRES, PLATFORM_TEST_RABBITMQ, PLATFORM_TEST_REDIS (all three), and
///    PLATFORM_TEST_RABBITMQ_NODE (its node name, for the tests that stop and start the broker with rabbitmqctl);
/// 2. Testcontainers, when a Docker engine answers;
/// 3. private instances of the locally installed server binaries on free ports in a temporary folder
///    (Debian packages postgresql, rabbitmq-server, redis-server);
/// and otherwise fails saying what to install.
/// </summary>
public sealed class RealServers : IAsyncLifetime
{
    IServerSource _source = null!;

    public string PostgresAdmin => _source.PostgresConnectionString;
    public string RedisConnectionString => _source.RedisConnectionString;
    public Uri RabbitMqUri => _source.RabbitMqUri;
    public IBrokerControl Broker => _source.Broker;
    public string SourceDescription => _source.Description;

    public async Task InitializeAsync()
    {
        _source = ConfiguredServers.TryCreate()
            ?? (await DockerEngine.AnswersAsync() ? new ContainerServers() : (IServerSource?)LocalServers.TryCreate())
            ?? throw new InvalidOperationException(
                "No RabbitMQ/PostgreSQL/Redis for the integration tests: set PLATFORM_TEST_POSTGRES, PLATFORM_TEST_RABBITMQ "
                + "and PLATFORM_TEST_REDIS, or start a Docker engine, or install the servers locally "
                + "(apt-get install postgresql rabbitmq-server redis-server).");
        if (_source is LocalServers)
        {
            Console.Error.WriteLine(
                "[integration tests] No Docker engine answers: starting private instances of the locally installed "
                + "PostgreSQL, RabbitMQ and Redis binaries instead of Testcontainers.");
        }
        await _source.StartAsync();
    }

    public Task DisposeAsync() => _source.DisposeAsync().AsTask();

    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    /// <summary>The configuration of a process of the distributed mode, as the deploy scripts set it.</summary>
    public IReadOnlyDictionary<string, string> DistributedSettings(string databaseName, string database) =>
        new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            [$"ConnectionStrings:{databaseName}"] = database,
            ["Messaging:Transport"] = "RabbitMq",
            ["ConnectionStrings:RabbitMq"] = RabbitMqUri.ToString(),
            ["ConnectionStrings:Redis"] = RedisConnectionString,
            ["Auth:SigningKey"] = SigningKey,
            ["Services:Intake"] = "http://intake:8080",
        };

    /// <summary>A service of the distributed mode in-process, on these servers and its own database.</summary>
    public WebApplicationFactory<T> Service<T>(string databaseName, string database, Action<IWebHostBuilder>? configure = null)
        where T : class =>
        new WebApplicationFactory<T>().WithWebHostBuilder(host =>
        {
            foreach (var (key, value) in DistributedSettings(databaseName, database))
            {
                host.UseSetting(key, value);
            }
            configure?.Invoke(host);
        });

    /// <summary>A new, empty database owned by one test.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await using var connection = new NpgsqlConnection(PostgresAdmin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = name, Pooling = true }.ConnectionString;
    }
}

[CollectionDefinition(Name)]
public sealed class RealServersCollection : ICollectionFixture<RealServers>
{
    public const string Name = "real servers";
}

public interface IBrokerControl
{
    Task StopAsync();
    Task StartAsync();

    /// <summary>Queues with messages still in them (name and count), for a failing test to show where messages sit.</summary>
    Task<string> DescribeQueuesAsync();
}

interface IServerSource : IAsyncDisposable
{
    string Description { get; }
    string PostgresConnectionString { get; }
    string RedisConnectionString { get; }
    Uri RabbitMqUri { get; }
    IBrokerControl Broker { get; }
    Task StartAsync();
}
