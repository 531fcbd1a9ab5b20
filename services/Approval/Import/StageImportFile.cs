using Platform.Approval.Catalogue;
using Platform.ServiceDefaults.Http;
using Platform.WorkingDays;

namespace Platform.Approval.Import;

/// <summary>
/// A whole import file read and checked, row by row and then stage by stage: the rows of one stage (one project code
/// and stage number) must agree on what belongs to the stage, and name each department once. The rows are streamed;
/// the stages they make are kept (a stage's rows may lie anywhere in the file).
/// </summary>
static class StageImportFile
{
    public static (List<List<StageImportRow>> Stages, List<RowError> Errors) Read(TextReader text,
        IReadOnlyDictionary<string, LocalMatter> matters, WorkingDayCalendar calendar, Action? rowRead = null)
    {
        var errors = new List<RowError>();
        var stages = new Dictionary<(string, int), List<StageImportRow>>();
        foreach (var cells in CsvTable.Rows(text, StageImportRow.Columns, [], errors))
        {
            rowRead?.Invoke();
            if (StageImportRow.Read(cells, matters, calendar, errors) is not { } row)
            {
                continue;
            }
            if (!stages.TryGetValue((row.ProjectCode, row.Stage), out var rows))
            {
                stages.Add((row.ProjectCode, row.Stage), [row]);
            }
            else if (Conflict(rows[0], row, rows) is { } conflict)
            {
                errors.Add(conflict);
            }
            else
            {
                rows.Add(row);
            }
        }
        return (stages.Values.ToList(), errors);
    }

    /// <summary>The row's disagreement with the first row of its stage, or a department it names twice.</summary>
    static RowError? Conflict(StageImportRow first, StageImportRow row, List<StageImportRow> rows)
    {
        RowError Error(string column, string what) => new(row.Line, column,
            $"同一项目同一阶段的各行{what}应一致，与第 {first.Line} 行不同。");
        if (row.ProjectName != first.ProjectName)
        {
            return Error("projectName", "项目名称");
        }
        if (row.AcceptedAt != first.AcceptedAt)
        {
            return Error("acceptedAt", "受理时间");
        }
        if (row.Suspended != first.Suspended)
        {
            return Error("suspendedWorkingDays", "不计时工作日数");
        }
        return rows.FirstOrDefault(r => r.Matter.DepartmentCode == row.Matter.DepartmentCode) is { } same
            ? new RowError(row.Line, "departmentCode",
                $"部门 {row.Matter.DepartmentCode} 在该项目该阶段已有一项任务（第 {same.Line} 行）；每个部门一个阶段只办一项。")
            : null;
    }
}
