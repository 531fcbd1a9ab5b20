using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Reads an uploaded CSV (UTF-8, header row) for an all-or-nothing import: checks the header against the required and
/// optional columns and reports every unreadable line, so a person can correct the whole file at once.
/// </summary>
public static class CsvTable
{
    public static (List<CsvRow> Rows, List<RowError> Errors) Read(TextReader text, IReadOnlyList<string> required,
        IReadOnlyList<string> optional)
    {
        var rows = new List<CsvRow>();
        var errors = new List<RowError>();
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
            return (rows, errors);
        }
        var columns = header.Select(h => h.Trim().TrimStart('\uFEFF')).ToArray();
        foreach (var missing in required.Where(c => !columns.Contains(c)))
        {
            errors.Add(new RowError(1, missing, "缺少必需的列。"));
        }
        foreach (var unknown in columns.Where(c => !required.Contains(c) && !optional.Contains(c)))
        {
            errors.Add(new RowError(1, unknown, $"未知的列；可选列为：{string.Join(", ", optional)}。"));
        }
        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    break;
                }
            }
            catch (CsvHelperException exception)
            {
                errors.Add(new RowError(exception.Context?.Parser?.RawRow ?? 0, "", "这一行无法读取：列数与表头不一致或引号不成对。"));
                break;
            }
            var cells = new Dictionary<string, string>(columns.Length);
            for (var i = 0; i < columns.Length; i++)
            {
                cells[columns[i]] = csv.GetField(i) ?? "";
            }
            rows.Add(new CsvRow(csv.Parser.RawRow, cells));
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RowError(2, "", "文件中没有数据行。"));
        }
        return (rows, errors);
    }
}
