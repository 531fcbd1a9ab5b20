using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.ServiceDefaults.Messaging;

public static class OutboxRelayRegistration
{
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services,
        Microsoft.Extensions.Configuration.IConfiguration configuration) where TContext : DbContext
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Outbox"));
        services.TryAddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxRelay<TContext>>();
        return services;
    }
}
