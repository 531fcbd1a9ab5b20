using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Observability;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults;

/// <summary>
/// What every process of the platform (a service host, the gateway, the standalone host) does the same way.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder, string processName)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddPlatformTelemetry(processName);
        builder.AddPlatformHealthChecks();
        builder.AddPlatformProblemDetails();
        builder.AddPlatformAuthentication();
        builder.AddRedisWhenConfigured();
        // The import jobs of the process (every service's CSV imports share one runner; ImportJobs).
        builder.Services.TryAddSingleton<ImportJobs>();
        builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        return builder;
    }

    /// <summary>
    /// camelCase properties, kebab-case enum values, dates as yyyy-MM-dd (DateOnly's default), instants in the hall's
    /// offset (+08:00).
    /// </summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.Converters.Add(new HallOffsetInstantConverter());
    }

    /// <summary>
    /// The error pipeline, authentication and authorization in the order they must run; an edge host puts its
    /// limits between authentication (who is asking) and authorization.
    /// </summary>
    public static WebApplication UsePlatformDefaults(this WebApplication app,
        Action<WebApplication>? afterAuthentication = null)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        afterAuthentication?.Invoke(app);
        app.UseAuthorization();
        app.UseMiddleware<QueryParameterCheck>();
        return app;
    }

    /// <summary>Health endpoints in every environment, and the OpenAPI documents; all anonymous.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapPlatformHealthChecks();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// One OpenAPI document per service, holding the routes under /api/{service}, each operation described the same
    /// way (<see cref="OperationConventions"/>).
    /// </summary>
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services, string serviceName)
    {
        var prefix = $"api/{serviceName}";
        return services.AddOpenApi(serviceName, options =>
        {
            options.ShouldInclude = description =>
                description.RelativePath?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true;
            options.AddOperationTransformer<OperationConventions>();
            options.AddDocumentTransformer(new DocumentConventions(serviceName));
        });
    }
}
