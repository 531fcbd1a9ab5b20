using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ServiceDefaults.Verification;

public static class VerificationRegistration
{
    /// <summary>
    /// The one guard on second factors (case tracking, project tracking, rating and claiming by code), with its limits
    /// from the Verification section; every module of a process shares it.
    /// </summary>
    public static IHostApplicationBuilder AddSecondFactorGuard(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(service => service.ServiceType == typeof(VerificationLimiter)))
        {
            return builder;
        }
        builder.Services.AddOptions<VerificationOptions>().Bind(builder.Configuration.GetSection("Verification"));
        builder.AddRedisOrInProcess<VerificationLimiter, RedisVerificationLimiter, InProcessVerificationLimiter>();
        return builder;
    }
}
