using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.ServiceDefaults.Observability;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>A service database's messaging chores: relaying its outbox, pruning its inbox.</summary>
public static class OutboxRelayRegistration
{
    public static IServiceCollection AddOutboxRelay<TContext>(this IServiceCollection services,
        Microsoft.Extensions.Configuration.IConfiguration configuration) where TContext : DbContext
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection("Outbox"));
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<MessagingMetrics>();
        services.AddHostedService<OutboxRelay<TContext>>();
        services.AddOptions<InboxOptions>().Bind(configuration.GetSection("Inbox"));
        services.AddHostedService<InboxPruning<TContext>>();
        return services;
    }
}
