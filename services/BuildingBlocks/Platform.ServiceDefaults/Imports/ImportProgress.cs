using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// What an import has done so far, updated by the import as it goes and read by whoever polls its job: rows read
/// (checked), stored, skipped as already known, and the bad rows (all of them inside a request, where the 400 names
/// every one; the first <c>errorCap</c> in a job, whose file may hold a million).
/// </summary>
public sealed class ImportProgress(int errorCap = int.MaxValue)
{
    readonly List<RowError> _errors = [];
    long _rowsRead;
    long _imported;
    long _skipped;
    int _errorCount;

    public long RowsRead => Interlocked.Read(ref _rowsRead);

    public long Imported => Interlocked.Read(ref _imported);

    public long Skipped => Interlocked.Read(ref _skipped);

    public int ErrorCount => Volatile.Read(ref _errorCount);

    public bool HasErrors => ErrorCount > 0;

    /// <summary>The bad rows kept, in the order of the file.</summary>
    public IReadOnlyList<RowError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.OrderBy(e => e.Row).ToList();
            }
        }
    }

    public void RowRead() => Interlocked.Increment(ref _rowsRead);

    public void Stored(long imported, long skipped)
    {
        Interlocked.Add(ref _imported, imported);
        Interlocked.Add(ref _skipped, skipped);
    }

    public void Add(IEnumerable<RowError> errors)
    {
        lock (_errors)
        {
            foreach (var error in errors)
            {
                _errorCount++;
                if (_errors.Count < errorCap)
                {
                    _errors.Add(error);
                }
            }
        }
    }
}
