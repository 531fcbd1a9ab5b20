namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Cells of an exported CSV or .xlsx file. A spreadsheet program runs a text cell that begins with '=', '+', '-' or
/// '@' (or a tab or carriage return before one of them) as a formula, so text read from data — a department code
/// "=2+5", a name "@SUM(…)" — would become a live formula on the reader's machine (CSV/formula injection, OWASP).
/// Such text gets a leading apostrophe and stays visible text; numbers, dates and nulls pass unchanged.
/// Every export writer sends its cells through here.
/// </summary>
public static class SpreadsheetCells
{
    const string FormulaStarts = "=+-@\t\r";

    /// <summary>The value to write: text escaped where a spreadsheet would see a formula, the rest as is.</summary>
    public static object? Safe(object? value) => value is string text ? Text(text) : value;

    public static string Text(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>A row of named cells, with its column names and text values escaped.</summary>
    public static Dictionary<string, object?> Row(IReadOnlyDictionary<string, object?> row) =>
        row.ToDictionary(c => Text(c.Key), c => Safe(c.Value));
}
