using System.Globalization;
using Platform.ServiceDefaults.Http;

namespace Platform.Catalogue.Matters;

/// <summary>
/// Reads a catalogue CSV (UTF-8, header row) into matters, collecting every problem with its row and column so the
/// whole file can be corrected at once. Materials are separated by ';' and each is "名称|qualifiers", where the
/// qualifiers are any of 原件/复印件, 纸质/电子, "N份" and 选填 (e.g. "营业执照|复印件;申请书|2份"). Intake levels are
/// read by <see cref="IntakeLevelsColumn"/>.
/// </summary>
public static class MatterCsv
{
    public static readonly string[] RequiredColumns =
    [
        "code", "name", "type", "departmentCode", "departmentName", "handlingKind", "statutoryLimitDays",
        "promisedLimitDays",
    ];

    public static readonly string[] OptionalColumns =
    [
        "legalBasis", "serviceObject", "conditions", "materials", "process", "fee", "feeBasis", "onSiteVisits",
        "onlineDepth", "location", "hours", "phones", "intakeLevels",
    ];

    public static (List<ImportRow> Rows, List<RowError> Errors) Parse(TextReader text, Action? rowRead = null)
    {
        var errors = new List<RowError>();
        var rows = new List<ImportRow>();
        var seen = new Dictionary<string, int>();
        foreach (var cells in CsvTable.Rows(text, RequiredColumns, OptionalColumns, errors))
        {
            rowRead?.Invoke();
            var row = cells.Line;
            var rowErrors = new List<RowError>();
            var elements = ReadElements(column => cells[column], row, rowErrors);
            var code = cells["code"];
            rowErrors.AddRange(MatterRules.Check(code, elements)
                .Select(e => new RowError(row, ColumnOf(e.Field), e.Message)));
            if (code.Length > 0 && seen.TryGetValue(code, out var firstRow))
            {
                rowErrors.Add(new RowError(row, "code", $"事项编码 {code} 与第 {firstRow} 行重复。"));
            }
            seen.TryAdd(code, row);
            errors.AddRange(rowErrors);
            if (rowErrors.Count == 0)
            {
                rows.Add(new ImportRow(row, code, elements));
            }
        }
        return (rows, errors);
    }

    static MatterElements ReadElements(Func<string, string> cell, int row, List<RowError> errors)
    {
        var handlingKind = cell("handlingKind") switch
        {
            "instant" or "即办件" or "1" => HandlingKind.Instant,
            "promised" or "承诺件" or "2" => HandlingKind.Promised,
            var other => Fail<HandlingKind>(errors, row, "handlingKind", $"“{other}”应为 instant（即办件）或 promised（承诺件）。"),
        };
        var statutory = OptionalInt(cell, "statutoryLimitDays", row, errors);
        var promised = OptionalInt(cell, "promisedLimitDays", row, errors);
        if (cell("promisedLimitDays").Length == 0)
        {
            errors.Add(new RowError(row, "promisedLimitDays", "必填（即办件填 0）。"));
        }
        decimal? fee = null;
        if (cell("fee") is { Length: > 0 } feeText)
        {
            if (decimal.TryParse(feeText, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                fee = parsed;
            }
            else
            {
                errors.Add(new RowError(row, "fee", $"“{feeText}”不是金额（元）。"));
            }
        }
        var materials = MaterialsColumn.Parse(cell("materials"), row, errors);
        return new MatterElements
        {
            Name = cell("name"),
            TypeCode = cell("type"),
            DepartmentCode = cell("departmentCode"),
            DepartmentName = cell("departmentName"),
            HandlingKind = handlingKind,
            StatutoryLimitDays = statutory,
            PromisedLimitDays = promised ?? 0,
            LegalBasis = Null(cell("legalBasis")),
            ServiceObject = Null(cell("serviceObject")),
            Conditions = Null(cell("conditions")),
            Materials = materials,
            Process = Null(cell("process")),
            Fee = fee,
            FeeBasis = Null(cell("feeBasis")),
            OnSiteVisits = OptionalInt(cell, "onSiteVisits", row, errors) ?? 1,
            OnlineDepth = OptionalInt(cell, "onlineDepth", row, errors),
            Location = Null(cell("location")),
            Hours = Null(cell("hours")),
            Phones = Null(cell("phones")),
            IntakeLevels = IntakeLevelsColumn.Parse(cell("intakeLevels"), row, errors),
        };
    }

    static int? OptionalInt(Func<string, string> cell, string column, int row, List<RowError> errors)
    {
        var text = cell(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(new RowError(row, column, $"“{text}”不是整数。"));
        return null;
    }

    internal static T Fail<T>(List<RowError> errors, int row, string column, string message, T fallback = default!)
    {
        errors.Add(new RowError(row, column, message));
        return fallback;
    }

    static string? Null(string text) => text.Length == 0 ? null : text;

    static string ColumnOf(string field) =>
        field.StartsWith("materials", StringComparison.Ordinal) ? "materials" : field;
}
