using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Observability;

namespace Platform.ServiceDefaults.Persistence;

public static class ServiceDatabase
{
    /// <summary>
    /// A process's own database: its DbContext on the configured provider, the schema brought up before the
    /// process serves anything, and a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(
        this IHostApplicationBuilder builder, string databaseName)
        where TContext : DbContext
    {
        var settings = DatabaseSettings.For(builder.Configuration, databaseName);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxSignalInterceptor>();
        builder.Services.TryAddSingleton<ConcurrencyStampInterceptor>();
        builder.Services.AddDbContext<TContext>((services, options) =>
        {
            settings.Configure(options);
            options.AddInterceptors(services.GetRequiredService<OutboxSignalInterceptor>(),
                services.GetRequiredService<ConcurrencyStampInterceptor>());
        });
        builder.Services.AddHostedService<DatabaseInitializer<TContext>>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<TContext>($"{databaseName}-database", tags: [HealthChecks.Ready]);
        return builder;
    }
}
