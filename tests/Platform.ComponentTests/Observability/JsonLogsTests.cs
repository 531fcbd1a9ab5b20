using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Platform.ComponentTests.Infrastructure;
using Platform.ServiceDefaults.Observability;

namespace Platform.ComponentTests.Observability;

/// <summary>
/// Outside Development a log line is one JSON object with an ISO-8601 UTC timestamp and the trace id of the request
/// that wrote it. The lines are written by the host's own console formatter (the one its console logger is set to),
/// captured beside the console rather than by redirecting the process's Console, which parallel tests share.
/// </summary>
public sealed class JsonLogsTests
{
    [Fact]
    public async Task A_request_log_line_outside_development_is_json_with_a_utc_timestamp_and_the_requests_trace_id()
    {
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path, new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        using var client = host.CreateClient();
        var options = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.Equal(ConsoleFormatterNames.Json, options.FormatterName);
        var formatter = host.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == options.FormatterName);
        var lines = new ConcurrentQueue<string>();
        host.Services.GetRequiredService<ILoggerFactory>().AddProvider(new FormattedLines(formatter, lines.Enqueue));

        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        var line = Assert.Single(lines, l => l.Contains("Request starting", StringComparison.Ordinal)
            && l.Contains(traceId.ToHexString(), StringComparison.Ordinal));
        Assert.DoesNotContain('\n', line.TrimEnd());
        using var json = JsonDocument.Parse(line);
        var timestamp = json.RootElement.GetProperty("Timestamp").GetString()!;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", timestamp);
        Assert.Contains(json.RootElement.GetProperty("Scopes").EnumerateArray(), scope =>
            scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty("TraceId", out var id)
            && id.GetString() == traceId.ToHexString() && scope.TryGetProperty("SpanId", out _));
    }

    [Fact]
    public void Development_keeps_the_readable_console()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Development,
        });
        builder.AddPlatformConsoleLogs();
        using var host = builder.Build();
        var options = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        Assert.NotEqual(ConsoleFormatterNames.Json, options.FormatterName);
        Assert.Equal(ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId,
            host.Services.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions);
    }
}
