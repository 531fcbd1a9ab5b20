using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Approval;

/// <summary>A stage accepted and fanned out: the stage and one task per participating department.</summary>
public sealed class ApprovalStageAcceptedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalStageAccepted>(db, warnings)
{
    protected override string StageNo(ApprovalStageAccepted message) => message.StageNo;

    protected override async Task Apply(ApprovalStageAccepted m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        var stage = model.Stage;
        stage.ProjectCode = m.ProjectCode;
        stage.Stage = m.Stage;
        stage.LeadDepartmentCode = m.LeadDepartmentCode;
        stage.AcceptedDate = HallTime.DateOf(m.AcceptedAt);
        stage.LimitDays ??= m.LimitDays;
        stage.SerialWorkingDays ??= m.SerialWorkingDays;
        // A supplement's answer or a calendar change that overtook this event holds the newer due dates: keep them.
        if (stage.DueDate is null)
        {
            stage.DueDate = m.DueDate;
            stage.DueDateProvisional = m.DueDateProvisional;
        }
        foreach (var opened in m.Tasks)
        {
            var task = await model.TaskAsync(opened.TaskNo, cancellationToken);
            task.DepartmentCode = opened.DepartmentCode;
            task.MatterCode = opened.MatterCode;
            task.StatutoryLimitDays = opened.StatutoryLimitDays;
            task.PromisedLimitDays = opened.PromisedLimitDays;
            task.AcceptedDate = stage.AcceptedDate;
            if (task.DueDate is null)
            {
                task.DueDate = opened.DueDate;
                task.DueDateProvisional = opened.DueDateProvisional;
            }
            task.CompletionFollows = opened.CompletionFollows && task.DecidedDate is null;
        }
    }
}
