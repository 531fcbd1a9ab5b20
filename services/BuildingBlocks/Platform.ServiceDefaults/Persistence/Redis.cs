using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;
using Platform.ServiceDefaults.Observability;

namespace Platform.ServiceDefaults.Persistence;

public static class Redis
{
    /// <summary>
    /// With ConnectionStrings:Redis set, one shared multiplexer and a readiness check; without it, features
    /// that need shared state (queue numbers, live counters) use their in-process implementation.
    /// </summary>
    public static IHostApplicationBuilder AddRedisWhenConfigured(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        var options = ConfigurationOptions.Parse(connectionString);
        // Start even when Redis is down; readiness reports it and the client reconnects by itself.
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthChecks.Ready]);
        return builder;
    }

    sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            try
            {
                var latency = await redis.GetDatabase().PingAsync();
                return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0.0} ms");
            }
            catch (RedisException)
            {
                return HealthCheckResult.Unhealthy("Redis does not answer.");
            }
        }
    }
}
