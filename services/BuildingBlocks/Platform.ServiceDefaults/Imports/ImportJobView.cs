using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// A job's state as its poller reads it: status running, succeeded or failed; the counts so far; the bad rows (the
/// first of them; errorCount is all); detail says why a job failed; result is the body a small import answers with.
/// </summary>
public sealed record ImportJobView(Guid Id, string Status, long RowsRead, long Imported, long Skipped,
    int ErrorCount, IReadOnlyList<RowError> Errors, string? Detail, object? Result);
