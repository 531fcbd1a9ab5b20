using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// The two passes of a streamed import over its file: <see cref="Check"/> reads every row and reports the bad ones
/// (all or nothing: one bad row and nothing is stored), <see cref="InSlicesAsync"/> reads them again and hands them
/// to the store a slice at a time. Only one row and one slice are in memory at once, whatever the file's size.
/// </summary>
public static class ImportPasses
{
    public static void Check(ImportRun run, IReadOnlyList<string> required, IReadOnlyList<string> optional,
        Action<CsvRow, List<RowError>> check, CancellationToken cancellationToken)
    {
        using var text = run.File.Open();
        var errors = new List<RowError>();
        foreach (var cells in CsvTable.Rows(text, required, optional, errors))
        {
            run.Progress.RowRead();
            check(cells, errors);
            if (errors.Count > 0)
            {
                run.Progress.Add(errors);
                errors.Clear();
            }
            if (run.Progress.RowsRead % 10_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        run.Progress.Add(errors);
    }

    /// <summary>The checked rows again, <paramref name="slice"/> at a time; the store commits each slice.</summary>
    public static async Task InSlicesAsync<TRow>(ImportRun run, IReadOnlyList<string> required,
        IReadOnlyList<string> optional, Func<CsvRow, TRow?> read, int slice, Func<List<TRow>, Task> store,
        CancellationToken cancellationToken)
    {
        using var text = run.File.Open();
        var rows = new List<TRow>(slice);
        foreach (var cells in CsvTable.Rows(text, required, optional, []))
        {
            if (read(cells) is { } row)
            {
                rows.Add(row);
            }
            if (rows.Count == slice)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await store(rows);
                rows = new List<TRow>(slice);
            }
        }
        if (rows.Count > 0)
        {
            await store(rows);
        }
    }
}
