using Platform.Supervision.Data;

namespace Platform.Supervision.Approval;

/// <summary>
/// The monthly report's 并联审批 sheets: the month's figures (rates as fractions, like the other sheets) and the
/// departments' task timeliness in ranking order.
/// </summary>
static class ApprovalReportSheets
{
    public const string Figures = "并联审批";
    public const string Ranking = "并联审批部门排名";

    public static async Task<Dictionary<string, List<Dictionary<string, object?>>>> SheetsAsync(
        SupervisionDbContext db, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        var f = await ApprovalFiguresQuery.ComputeAsync(db, start, end, null, cancellationToken);
        var ranking = await ApprovalFiguresQuery.RankAsync(db, start, end, null, cancellationToken);
        return new()
        {
            [Figures] =
            [
                Row("办结阶段数", f.StagesCompleted), Row("按时办结阶段数", f.StagesOnTime),
                Row("阶段按时办结率", f.StageOnTimeRate), Row("阶段平均用时（工作日）", f.AverageStageWorkingDaysUsed),
                Row("阶段平均串联时限（工作日）", f.AverageSerialWorkingDays),
                Row("阶段平均节约工作日", f.AverageSavedWorkingDays), Row("节约工作日合计", f.TotalSavedWorkingDays),
                Row("办结事项数", f.TasksCompleted), Row("按时办结事项数", f.TasksOnTime),
                Row("事项按时办结率", f.TaskOnTimeRate), Row("竣工验收完成项目数", f.ProjectsCompleted),
            ],
            [Ranking] = ranking.Select((r, i) => new Dictionary<string, object?>
            {
                ["名次"] = i + 1,
                ["部门"] = r.DepartmentCode,
                ["办结事项"] = r.TasksCompleted,
                ["按时办结"] = r.TasksOnTime,
                ["按时办结率"] = r.TaskOnTimeRate,
                ["平均用时（工作日）"] = r.AverageWorkingDaysUsed,
                ["在办事项"] = r.OpenTasks,
                ["在办超期"] = r.OpenOverdue,
            }).ToList(),
        };
    }

    static Dictionary<string, object?> Row(string name, object? value) => new() { ["指标"] = name, ["值"] = value };
}
