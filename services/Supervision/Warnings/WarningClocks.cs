using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Warnings;

/// <summary>
/// What an evaluation looks at: open cases and open approval tasks that may be judged now, and ended ones whose
/// warnings are still live (to clear them). A task waiting for a supplement is not judged and keeps its warnings.
/// </summary>
public static class WarningClocks
{
    public static async Task<List<WatchedClock>> AllAsync(SupervisionDbContext db,
        CancellationToken cancellationToken) =>
        [
            .. await Cases(db, db.Cases).ToListAsync(cancellationToken),
            .. await Tasks(db, db.ApprovalTasks).ToListAsync(cancellationToken),
        ];

    public static Task<List<WatchedClock>> OfCaseAsync(SupervisionDbContext db, string caseNo,
        CancellationToken cancellationToken) =>
        Cases(db, db.Cases.Where(c => c.CaseNo == caseNo)).ToListAsync(cancellationToken);

    public static Task<List<WatchedClock>> OfStageAsync(SupervisionDbContext db, string stageNo,
        CancellationToken cancellationToken) =>
        Tasks(db, db.ApprovalTasks.Where(t => t.StageNo == stageNo)).ToListAsync(cancellationToken);

    /// <summary>A case's clock, in one definition for queries and for a row already in hand.</summary>
    static readonly Expression<Func<SupervisedCase, WatchedClock>> ClockOfCase = c => new WatchedClock(c.CaseNo,
        c.DepartmentCode, c.AcceptedDate, c.DueDate, c.DueDateProvisional, c.CompletedDate, "办结");

    static readonly Func<SupervisedCase, WatchedClock> CompiledClockOfCase = ClockOfCase.Compile();

    /// <summary>The clock of a case row in hand (tracked, perhaps not yet saved).</summary>
    public static WatchedClock OfCase(SupervisedCase @case) => CompiledClockOfCase(@case);

    static IQueryable<WatchedClock> Cases(SupervisionDbContext db, IQueryable<SupervisedCase> cases) =>
        cases.Where(c => (c.CompletedDate == null && !c.CompletionFollows)
                || db.Warnings.Any(w => w.CaseNo == c.CaseNo && (w.Status == "active" || w.Status == "appealed")))
            .Select(ClockOfCase);

    static IQueryable<WatchedClock> Tasks(SupervisionDbContext db, IQueryable<SupervisedTask> tasks) =>
        tasks.Where(t => (t.DecidedDate == null && !t.Closed && !t.CompletionFollows && !t.Stopped)
                || ((t.DecidedDate != null || t.Closed)
                    && db.Warnings.Any(w => w.CaseNo == t.TaskNo && (w.Status == "active" || w.Status == "appealed"))))
            .Select(t => new WatchedClock(t.TaskNo, t.DepartmentCode, t.AcceptedDate, t.DueDate,
                t.DueDateProvisional, t.DecidedDate ?? t.ClosedDate, t.DecidedDate != null ? "已作出审批决定" : "阶段不予许可"));
}
