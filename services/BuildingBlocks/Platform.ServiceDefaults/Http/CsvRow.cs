namespace Platform.ServiceDefaults.Http;

/// <summary>One data row of an uploaded CSV: Line is its line number in the file (the header is line 1).</summary>
public sealed class CsvRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    /// <summary>The trimmed cell of that column, "" when the column is absent or the cell empty.</summary>
    public string this[string column] => cells.GetValueOrDefault(column, "");
}
