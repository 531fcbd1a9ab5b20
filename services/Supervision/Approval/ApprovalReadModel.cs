using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Approval;

/// <summary>
/// One stage and its tasks as an event of the stage finds them, created where this is the first word of them. Rows
/// are created with INSERT … ON CONFLICT DO NOTHING so that two events of one stage consumed at the same moment both
/// find them instead of colliding on the key (the stage's stamp then lets only one of them commit at a time).
/// </summary>
public sealed class ApprovalReadModel
{
    readonly SupervisionDbContext _db;
    readonly List<SupervisedTask> _tasks;

    ApprovalReadModel(SupervisionDbContext db, SupervisedStage stage, List<SupervisedTask> tasks)
    {
        _db = db;
        Stage = stage;
        _tasks = tasks;
    }

    public SupervisedStage Stage { get; }

    public static async Task<ApprovalReadModel> LoadAsync(SupervisionDbContext db, string stageNo,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO approval_stages ("StageNo", "Stage", "DueDateProvisional", "Refused", "ConcurrencyStamp")
            VALUES ({stageNo}, 0, FALSE, FALSE, 0)
            ON CONFLICT ("StageNo") DO NOTHING
            """,
            cancellationToken);
        var stage = await db.ApprovalStages.SingleAsync(s => s.StageNo == stageNo, cancellationToken);
        var tasks = await db.ApprovalTasks.Where(t => t.StageNo == stageNo).ToListAsync(cancellationToken);
        return new ApprovalReadModel(db, stage, tasks);
    }

    /// <summary>The stage's task, created (under this stage) if this is the first event that names it.</summary>
    public async Task<SupervisedTask> TaskAsync(string taskNo, CancellationToken cancellationToken)
    {
        if (_tasks.Find(t => t.TaskNo == taskNo) is { } known)
        {
            return known;
        }
        await _db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO approval_tasks ("TaskNo", "StageNo", "Stage", "DueDateProvisional", "Stopped",
                "CompletionFollows", "Closed")
            VALUES ({taskNo}, {Stage.StageNo}, 0, FALSE, FALSE, FALSE, FALSE)
            ON CONFLICT ("TaskNo") DO NOTHING
            """,
            cancellationToken);
        var task = await _db.ApprovalTasks.SingleAsync(t => t.TaskNo == taskNo, cancellationToken);
        _tasks.Add(task);
        return task;
    }

    /// <summary>
    /// Carries what the stage knows to its tasks (whichever event told it), stops or restarts their clocks with the
    /// stage's supplement, and stamps the stage so that events of one stage apply one after the other.
    /// </summary>
    public void Settle()
    {
        var pending = Stage.SupplementPending;
        foreach (var task in _tasks)
        {
            task.Stage = task.Stage == 0 ? Stage.Stage : task.Stage;
            task.ProjectCode ??= Stage.ProjectCode;
            task.AcceptedDate ??= Stage.AcceptedDate;
            task.Stopped = pending && task.DecidedDate is null && !task.Closed;
        }
        _db.Entry(Stage).Property(s => s.ConcurrencyStamp).IsModified = true;
    }
}
