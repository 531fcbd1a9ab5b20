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
            LeadDepartmentCode = history.LeadDepartmentCode,
            SubmittedBy = submittedBy,
            SubmittedAt = history.AcceptedAt,
            // Before Start: the due dates count the stopped days, and history brings only their number.
            SuspendedWorkingDays = history.SuspendedWorkingDays,
            Imported = imported,
            Tasks = history.Tasks.Select((t, i) => new ApprovalTask
            {
                TaskNo = StageNumbers.Task(stageNo, i + 1),
                StageNo = stageNo,
                DepartmentCode = t.Matter.DepartmentCode,
                DepartmentName = t.Matter.DepartmentName,
                MatterCode = t.Matter.Code,
                MatterName = t.Matter.Name,
                StatutoryLimitDays = t.Matter.StatutoryLimitDays,
                PromisedLimitDays = t.Matter.PromisedLimitDays,
            }).ToList(),
        };
        StageClock.Start(stage, history.AcceptedAt, calendar);
        var note = imported ? ImportedBy : null;
        stage.History.Add(new StageEvent(history.AcceptedAt, "accepted", stage.LeadDepartmentCode, note));
        var decided = stage.Tasks.Zip(history.Tasks, (task, h) => (Task: task, At: h.CompletedAt))
            .Where(d => d.At is not null).OrderBy(d => d.At);
        foreach (var (task, at) in decided)
        {
            StageClock.Decide(stage, task, ApprovalTaskStatus.Approved, at!.Value, calendar);
            stage.History.Add(new StageEvent(at.Value, "approved", task.DepartmentCode, note));
        }
        db.Stages.Add(stage);
        // After the decisions: the accepted event marks the tasks already decided, whose decisions follow at once.
        db.AddEvent(StageEvents.Accepted(stage, history.ProjectName, completionFollows: true));
        foreach (var task in stage.Tasks.Where(t => !t.IsOpen).OrderBy(t => t.DecidedAt))
        {
            db.AddEvent(StageEvents.Decided(stage, task));
        }
        if (stage.Tasks.All(t => !t.IsOpen))
        {
            StageClock.Complete(stage, calendar);
            stage.History.Add(new StageEvent(stage.CompletedAt!.Value, "completed", stage.LeadDepartmentCode, note));
            db.AddEvent(StageEvents.Completed(stage));
            if (stage.Stage == StageNames.All.Count)
            {
                db.AddEvent(new ApprovalProjectCompleted(stage.ProjectCode, history.ProjectName,
                    stage.CompletedAt.Value, imported));
            }
        }
        return stage;
    }
}
