using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Observability;

/// <summary>
/// Outside Development the console carries one JSON object per line, with an ISO-8601 UTC timestamp and the scopes,
/// among them the request's TraceId and SpanId: a log collector parses it without multi-line rules, and the traceId of
/// a problem a citizen reports finds the lines the request wrote. A developer's console keeps the readable format.
/// </summary>
public static class ConsoleLogs
{
    /// <summary>UTC with milliseconds: sortable as text, unambiguous across servers' time zones.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static IHostApplicationBuilder AddPlatformConsoleLogs(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (builder.Environment.IsDevelopment())
        {
            return builder;
        }
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = TimestampFormat;
        });
        return builder;
    }
}
