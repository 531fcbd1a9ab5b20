namespace Platform.ServiceDefaults.Imports;

/// <summary>One import running in the background: its service, its progress and, once done, how it ended.</summary>
public sealed class ImportJob(string service, ImportProgress progress)
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    volatile string _status = Running;
    object? _result;
    string? _detail;

    public Guid Id { get; } = Guid.NewGuid();

    public string Service { get; } = service;

    public ImportProgress Progress { get; } = progress;

    public bool Done => _status != Running;

    public void Succeed(object? result)
    {
        _result = result;
        _status = Succeeded;
    }

    public void Fail(string detail)
    {
        _detail = detail;
        _status = Failed;
    }

    public ImportJobView View()
    {
        var status = _status;
        return new ImportJobView(Id, status, Progress.RowsRead, Progress.Imported, Progress.Skipped,
            Progress.ErrorCount, Progress.Errors, status == Failed ? _detail : null,
            status == Succeeded ? _result : null);
    }
}
