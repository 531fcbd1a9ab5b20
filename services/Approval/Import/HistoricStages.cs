using Platform.Approval.Data;
using Platform.Approval.Stages;
using Platform.Contracts.Approval;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Approval.Import;

/// <summary>
/// Rebuilds a stage from its history through the live clock (<see cref="StageClock"/>) and stores the live events in
/// the outbox, so supervision counts history exactly like live work. Only inside a transaction (stage numbers).
/// </summary>
static class HistoricStages
{
    const string ImportedBy = "历史数据导入";

    public static async Task<StageApplication> AddAsync(ApprovalDbContext db, StageHistory history, string submittedBy,
        bool imported, WorkingDayCalendar calendar, CancellationToken cancellationToken)
    {
        var stageNo = await StageNumbers.NextAsync(db, HallTime.DateOf(history.AcceptedAt), cancellationToken);
        var stage = new StageApplication
        {
            StageNo = stageNo,
            ProjectCode = history.ProjectCode,
            Stage = history.Stage,
            ActiveSlot = StageSlots.Of(history.ProjectCode, history.Stage),
            LeadDepartmentCode = history.LeadDepartmentCode,
            SubmittedBy = submittedBy,
            SubmittedAt = history.AcceptedAt,
            // Before Start: the due dates count the stopped days, and history brings only their number.
            SuspendedWorkingDays = history.SuspendedWorkingDays,
            Imported = imported,
            Tasks = history.Tasks.Select((t, i) => Task(stageNo, i + 1, t)).ToList(),
        };
        StageClock.Start(stage, history.AcceptedAt, calendar);
        var note = imported ? ImportedBy : null;
        stage.History.Add(new StageEvent(history.AcceptedAt, "accepted", stage.LeadDepartmentCode, note));
        var decided = stage.Tasks.Zip(history.Tasks, (task, past) => (Task: task, Past: past))
            .Where(d => d.Past.DecidedAt is not null).OrderBy(d => d.Past.DecidedAt);
        foreach (var (task, past) in decided)
        {
            var refused = past.RefusalReason is not null;
            StageClock.Decide(stage, task, refused ? ApprovalTaskStatus.Refused : ApprovalTaskStatus.Approved,
                past.DecidedAt!.Value, calendar);
            task.Reason = past.RefusalReason;
            stage.History.Add(new StageEvent(task.DecidedAt!.Value, refused ? "refused" : "approved",
                task.DepartmentCode, past.RefusalReason ?? note));
        }
        db.Stages.Add(stage);
        // After the decisions: the accepted event marks the tasks already decided, whose decisions follow at once.
        db.AddEvent(StageEvents.Accepted(stage, history.ProjectName, completionFollows: true));
        foreach (var task in stage.Tasks.Where(t => t.DecidedAt is not null).OrderBy(t => t.DecidedAt))
        {
            db.AddEvent(StageEvents.Decided(stage, task));
        }
        if (stage.Tasks.FirstOrDefault(t => t.Status == ApprovalTaskStatus.Refused) is { } refusal)
        {
            Refuse(db, stage, refusal);
        }
        else if (stage.Tasks.All(t => !t.IsOpen))
        {
            Complete(db, stage, history.ProjectName, note, calendar);
        }
        return stage;
    }

    static ApprovalTask Task(string stageNo, int position, TaskHistory past) => new()
    {
        TaskNo = StageNumbers.Task(stageNo, position),
        StageNo = stageNo,
        DepartmentCode = past.Matter.DepartmentCode,
        DepartmentName = past.Matter.DepartmentName,
        MatterCode = past.Matter.Code,
        MatterName = past.Matter.Name,
        StatutoryLimitDays = past.Matter.StatutoryLimitDays,
        PromisedLimitDays = past.Matter.PromisedLimitDays,
    };

    /// <summary>One refusal ends the stage: the tasks still open are closed undecided.</summary>
    static void Refuse(ApprovalDbContext db, StageApplication stage, ApprovalTask refusal)
    {
        var closed = stage.Tasks.Where(t => t.IsOpen).ToList();
        closed.ForEach(t => t.Status = ApprovalTaskStatus.Closed);
        stage.Status = StageStatus.Refused;
        stage.ActiveSlot = null;
        stage.History.Add(new StageEvent(refusal.DecidedAt!.Value, "stage-refused", refusal.DepartmentCode, null));
        db.AddEvent(new ApprovalStageRefused(stage.StageNo, stage.ProjectCode, stage.Stage, refusal.DepartmentCode,
            closed.Select(t => t.TaskNo).ToList(), refusal.DecidedAt.Value));
    }

    static void Complete(ApprovalDbContext db, StageApplication stage, string projectName, string? note,
        WorkingDayCalendar calendar)
    {
        StageClock.Complete(stage, calendar);
        stage.History.Add(new StageEvent(stage.CompletedAt!.Value, "completed", stage.LeadDepartmentCode, note));
        db.AddEvent(StageEvents.Completed(stage));
        if (stage.Stage == StageNames.All.Count)
        {
            db.AddEvent(new ApprovalProjectCompleted(stage.ProjectCode, projectName, stage.CompletedAt.Value,
                stage.Imported));
        }
    }
}
