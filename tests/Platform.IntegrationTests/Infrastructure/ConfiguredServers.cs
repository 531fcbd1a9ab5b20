namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Servers someone already runs, named by environment variables.</summary>
sealed class ConfiguredServers : IServerSource
{
    public string Description => "servers from PLATFORM_TEST_* configuration";
    public required string PostgresConnectionString { get; init; }
    public required string RedisConnectionString { get; init; }
    public required Uri RabbitMqUri { get; init; }
    public required IBrokerControl Broker { get; init; }

    public static ConfiguredServers? TryCreate()
    {
        var postgres = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ");
        var redis = Environment.GetEnvironmentVariable("PLATFORM_TEST_REDIS");
        if (string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(rabbit) || string.IsNullOrWhiteSpace(redis))
        {
            return null;
        }
        var node = Environment.GetEnvironmentVariable("PLATFORM_TEST_RABBITMQ_NODE");
        return new ConfiguredServers
        {
            PostgresConnectionString = postgres,
            RedisConnectionString = redis,
            RabbitMqUri = new Uri(rabbit),
            Broker = new RabbitCtlBroker(node, environment: new Dictionary<string, string>()),
        };
    }

    public Task StartAsync() => Task.CompletedTask;
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
