using Microsoft.Extensions.Configuration;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// The sizes that decide how an import is taken: the largest file (RequestLimits:MaxImportBodyBytes, 200 MB by
/// default: a million rows of history are about 90 MB; the edge holds every other route to its own smaller limit) and
/// the row count above which it runs as a job (Imports:AsyncRowThreshold, 50,000) instead of inside the request.
/// One key for the edge and the service hosts, so a body the gateway lets through is not refused behind it.
/// </summary>
public static class ImportLimits
{
    public const long DefaultMaxBytes = 200L * 1024 * 1024;
    public const long DefaultAsyncRowThreshold = 50_000;

    public static long MaxBytes(IConfiguration configuration) =>
        configuration.GetValue("RequestLimits:MaxImportBodyBytes", DefaultMaxBytes);

    public static long AsyncRowThreshold(IConfiguration configuration) =>
        configuration.GetValue("Imports:AsyncRowThreshold", DefaultAsyncRowThreshold);

    /// <summary>A limit in words a person reads ("200 MB", "512 KB").</summary>
    public static string Describe(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
