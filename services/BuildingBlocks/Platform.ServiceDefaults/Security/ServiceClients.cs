using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Security;

public static class ServiceClients
{
    /// <summary>
    /// A named HttpClient that reaches another service at Services:{service} (e.g. Services:Intake) with this service's
    /// own credentials. Where Services:{service} is not set (the standalone host, where every module is this process),
    /// it reaches this process at its first configured URL; with neither, the start fails saying what to set.
    /// </summary>
    public static IHostApplicationBuilder AddServiceClient(this IHostApplicationBuilder builder, string clientName,
        string service)
    {
        var address = Address(builder.Configuration, service);
        builder.Services.AddHttpClient(nameof(ServiceTokens));
        builder.Services.AddSingleton(provider => new ServiceTokens(provider.GetRequiredService<AuthSettings>(),
            builder.Environment.ApplicationName, provider.GetRequiredService<IHttpClientFactory>()));
        builder.Services.AddTransient<ServiceTokenHandler>();
        builder.Services.AddHttpClient(clientName, client => client.BaseAddress = address)
            .AddHttpMessageHandler<ServiceTokenHandler>();
        return builder;
    }

    static Uri Address(IConfiguration configuration, string service)
    {
        var configured = configuration[$"Services:{service}"];
        if (string.IsNullOrWhiteSpace(configured))
        {
            // "http://*:8080;https://..." -> http://localhost:8080: this process, by loopback.
            configured = configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
                ?.Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
        }
        return Uri.TryCreate(configured, UriKind.Absolute, out var address)
            ? address
            : throw new InvalidOperationException(
                $"Services:{service} is not set: give the address at which this process reaches the {service} service "
                + "(e.g. http://intake:8080).");
    }
}
