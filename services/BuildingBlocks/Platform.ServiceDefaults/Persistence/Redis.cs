using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Observability;
using StackExchange.Redis;

namespace Platform.ServiceDefaults.Persistence;

public static class Redis
{
    /// <summary>
    /// With ConnectionStrings:Redis set, one shared multiplexer and a readiness check; without it, features
    /// that need shared state (queue numbers, live counters) use their in-process implementation.
    /// </summary>
    public static IHostApplicationBuilder AddRedisWhenConfigured(this IHostApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration))
        {
            return builder;
        }

        var options = ConfigurationOptions.Parse(builder.Configuration.GetConnectionString("Redis")!);
        // Start even when Redis is down; readiness reports it and the client reconnects by itself.
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [HealthChecks.Ready]);
        return builder;
    }

    /// <summary>
    /// The one cache switch: shared state (queue numbers, live counters) lives in Redis when ConnectionStrings:Redis is
    /// set, so every replica sees the same, and in process memory otherwise (the embedded single-process mode).
    /// </summary>
    public static IHostApplicationBuilder AddRedisOrInProcess<TService, TRedis, TInProcess>(
        this IHostApplicationBuilder builder)
        where TService : class
        where TRedis : class, TService
        where TInProcess : class, TService
    {
        if (IsConfigured(builder.Configuration))
        {
            builder.Services.AddSingleton<TService, TRedis>();
        }
        else
        {
            builder.Services.AddSingleton<TService, TInProcess>();
        }
        return builder;
    }

    static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetConnectionString("Redis"));

    sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(
            HealthCheckContext context, CancellationToken cancellationToken)
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
