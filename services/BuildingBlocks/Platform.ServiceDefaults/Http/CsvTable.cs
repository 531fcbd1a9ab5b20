using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Reads an uploaded CSV (header row) for an all-or-nothing import: checks the header against the required and
/// optional columns and reports every unreadable line, so a person can correct the whole file at once.
/// <see cref="Rows"/> reads it row by row (a file of a million rows is never held whole); <see cref="Read"/> collects.
/// </summary>
public static class CsvTable
{
    public static (List<CsvRow> Rows, List<RowError> Errors) Read(TextReader text, IReadOnlyList<string> required,
        IReadOnlyList<string> optional)
    {
        var errors = new List<RowError>();
        var rows = Rows(text, required, optional, errors).ToList();
        return (rows, errors);
    }

    /// <summary>
    /// The data rows one at a time as the reader is read; problems of the header and of unreadable lines go to
    /// <paramref name="errors"/> as they are met (a bad header yields no rows; a broken line ends the file).
    /// </summary>
    public static IEnumerable<CsvRow> Rows(TextReader text, IReadOnlyList<string> required,
        IReadOnlyList<string> optional, List<RowError> errors)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = true,
            BadDataFound = bad => errors.Add(
                new RowError(bad.Context.Parser?.RawRow ?? 0, "", $"引号使用不正确：{bad.RawRecord.Trim()}")),
        };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            errors.Add(new RowError(1, "", "文件为空：第一行应为列名。"));
            yield break;
        }
        var columns = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        var headerErrors = errors.Count;
        foreach (var missing in required.Where(c => !columns.Contains(c)))
        {
            errors.Add(new RowError(1, missing, "缺少必需的列。"));
        }
        foreach (var unknown in columns.Where(c => !required.Contains(c) && !optional.Contains(c)))
        {
            errors.Add(new RowError(1, unknown, $"未知的列；可选列为：{string.Join(", ", optional)}。"));
        }
        if (errors.Count > headerErrors)
        {
            yield break;
        }

        var count = 0;
        while (Next(csv, errors))
        {
            var cells = new Dictionary<string, string>(columns.Length);
            for (var i = 0; i < columns.Length; i++)
            {
                cells[columns[i]] = csv.GetField(i) ?? "";
            }
            count++;
            yield return new CsvRow(csv.Parser.RawRow, cells);
        }
        if (count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(2, "", "文件中没有数据行。"));
        }
    }

    static bool Next(CsvReader csv, List<RowError> errors)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvHelperException exception)
        {
            errors.Add(new RowError(exception.Context?.Parser?.RawRow ?? 0, "", "这一行无法读取：列数与表头不一致或引号不成对。"));
            return false;
        }
    }
}
