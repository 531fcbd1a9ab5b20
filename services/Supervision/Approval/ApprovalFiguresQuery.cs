using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Approval;

/// <summary>
/// The figures as approval's events carry them (used, on time, saved), never recomputed here. A refused stage is not
/// completed; a task is completed by its decision (approval, approval with conditions or refusal), and one closed
/// undecided by a refusal elsewhere is not.
/// </summary>
static class ApprovalFiguresQuery
{
    public static async Task<ApprovalFigures> ComputeAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        int? stage, CancellationToken cancellationToken)
    {
        var stages = await CompletedStages(db, start, end).Where(s => stage == null || s.Stage == stage)
            .GroupBy(_ => 1).Select(g => new
            {
                Count = g.Count(),
                OnTime = g.Count(s => s.OnTime == true),
                Used = g.Sum(s => s.WorkingDaysUsed ?? 0),
                Serial = g.Sum(s => s.SerialWorkingDays ?? 0),
                Saved = g.Sum(s => s.SavedWorkingDays ?? 0),
            }).SingleOrDefaultAsync(cancellationToken);
        var tasks = await DecidedTasks(db, start, end).Where(t => stage == null || t.Stage == stage)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), OnTime = g.Count(t => t.OnTime == true) })
            .SingleOrDefaultAsync(cancellationToken);
        // The project passed its last stage (竣工验收) in the period, whatever stage the figures are filtered to.
        var projects = await CompletedStages(db, start, end).Where(s => s.Stage == 4)
            .Select(s => s.ProjectCode).Distinct().CountAsync(cancellationToken);

        var completed = stages?.Count ?? 0;
        var decided = tasks?.Count ?? 0;
        return new ApprovalFigures(start, end, stage, completed, stages?.OnTime ?? 0,
            Ratio(stages?.OnTime ?? 0, completed), Ratio(stages?.Used ?? 0, completed),
            Ratio(stages?.Serial ?? 0, completed), Ratio(stages?.Saved ?? 0, completed), stages?.Saved ?? 0,
            decided, tasks?.OnTime ?? 0, Ratio(tasks?.OnTime ?? 0, decided), projects);
    }

    /// <summary>Departments by the timeliness of their tasks: best on-time rate first (none last), then code.</summary>
    public static async Task<List<DepartmentTimeliness>> RankAsync(SupervisionDbContext db, DateOnly start,
        DateOnly end, int? stage, CancellationToken cancellationToken)
    {
        var scope = db.ApprovalTasks.AsNoTracking().Where(t => stage == null || t.Stage == stage);
        var decided = await DecidedTasks(db, start, end).Where(t => stage == null || t.Stage == stage)
            .GroupBy(t => t.DepartmentCode).Select(g => new
            {
                Key = g.Key,
                Count = g.Count(),
                OnTime = g.Count(t => t.OnTime == true),
                Used = g.Sum(t => t.WorkingDaysUsed ?? 0),
            }).ToDictionaryAsync(g => g.Key ?? "", cancellationToken);
        // Open at the end of the period: accepted by then, and neither decided nor closed by then. A stage waiting for
        // the applicant's supplement has no due date yet, so its tasks are not counted overdue.
        var open = await scope.Where(t => t.AcceptedDate <= end && (t.DecidedDate == null || t.DecidedDate > end)
                && (!t.Closed || t.ClosedDate > end))
            .GroupBy(t => t.DepartmentCode).Select(g => new
            {
                Key = g.Key,
                Count = g.Count(),
                Overdue = g.Count(t => !t.Stopped && t.DueDate < end),
            }).ToDictionaryAsync(g => g.Key ?? "", cancellationToken);
        return decided.Keys.Union(open.Keys).Select(key =>
            {
                var done = decided.GetValueOrDefault(key);
                var waiting = open.GetValueOrDefault(key);
                return new DepartmentTimeliness(key, done?.Count ?? 0, done?.OnTime ?? 0,
                    Ratio(done?.OnTime ?? 0, done?.Count ?? 0), Ratio(done?.Used ?? 0, done?.Count ?? 0),
                    waiting?.Count ?? 0, waiting?.Overdue ?? 0);
            })
            .OrderByDescending(r => r.TaskOnTimeRate ?? -1).ThenBy(r => r.DepartmentCode, StringComparer.Ordinal)
            .ToList();
    }

    static IQueryable<SupervisedStage> CompletedStages(SupervisionDbContext db, DateOnly start, DateOnly end) =>
        db.ApprovalStages.AsNoTracking().Where(s => s.CompletedDate >= start && s.CompletedDate <= end && !s.Refused
            && s.WorkingDaysUsed != null);

    static IQueryable<SupervisedTask> DecidedTasks(SupervisionDbContext db, DateOnly start, DateOnly end) =>
        db.ApprovalTasks.AsNoTracking().Where(t => t.DecidedDate >= start && t.DecidedDate <= end
            && t.Decision != null);

    static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
