using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Testcontainers.Redis;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Throwaway containers when a Docker engine answers (a developer laptop, CI with Docker).</summary>
sealed class ContainerServers : IServerSource, IBrokerControl
{
    readonly PostgreSqlContainer _postgres = new PostgreSqlBuilder("postgres:16-alpine").Build();
    readonly RedisContainer _redis = new RedisBuilder("redis:7-alpine").Build();
    readonly RabbitMqContainer _rabbit = new RabbitMqBuilder("rabbitmq:3.13-management-alpine")
        .WithUsername("guest").WithPassword("guest").Build();

    public string Description => "Testcontainers";
    public string PostgresConnectionString => _postgres.GetConnectionString();
    public string RedisConnectionString => _redis.GetConnectionString();
    public Uri RabbitMqUri => new(_rabbit.GetConnectionString());
    public IBrokerControl Broker => this;

    public Task StartAsync() => Task.WhenAll(_postgres.StartAsync(), _redis.StartAsync(), _rabbit.StartAsync());

    public async Task StopAsync() => await _rabbit.ExecAsync(["rabbitmqctl", "stop_app"]);
    public async Task StartAsync(bool _ = true) => await _rabbit.ExecAsync(["rabbitmqctl", "start_app"]);
    Task IBrokerControl.StartAsync() => StartAsync(true);

    public async Task<string> DescribeQueuesAsync() => (await _rabbit.ExecAsync(["rabbitmqctl", "list_queues", "name", "messages"])).Stdout;

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _redis.DisposeAsync();
        await _rabbit.DisposeAsync();
    }
}
