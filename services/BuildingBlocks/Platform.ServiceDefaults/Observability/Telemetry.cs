using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.ServiceDefaults.Observability;

public static class Telemetry
{
    /// <summary>Activity source of the platform's own building blocks (the outbox relay, the inbox).</summary>
    public const string SourceName = "Platform";

    public static readonly System.Diagnostics.ActivitySource Source = new(SourceName);

    /// <summary>Meter of the platform's own figures: business ones (cases, warnings) and messaging health.</summary>
    public const string MeterName = "Platform";

    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder, string processName)
    {
        builder.AddPlatformConsoleLogs();
        builder.Services.TryAddSingleton<MessagingMetrics>();
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(processName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Microsoft.EntityFrameworkCore", "Yarp.ReverseProxy", MeterName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                    // Probes every few seconds would drown the traces that matter.
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                // EF Core has no ActivitySource of its own and OpenTelemetry.Instrumentation.EntityFrameworkCore is
                // not served by the registry here: database spans come from Npgsql's own instrumentation.
                .AddNpgsql()
                .AddSource("MassTransit", "Yarp.ReverseProxy", SourceName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }
}
