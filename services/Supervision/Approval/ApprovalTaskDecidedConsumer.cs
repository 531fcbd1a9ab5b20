using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Approval;

/// <summary>
/// A department decided its task: approval's own figures for it (used, on time), and whatever of the stage and the
/// task this is the first word of. Its live warnings are cleared after the commit.
/// </summary>
public sealed class ApprovalTaskDecidedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalTaskDecided>(db, warnings)
{
    protected override string StageNo(ApprovalTaskDecided message) => message.StageNo;

    protected override async Task Apply(ApprovalTaskDecided m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        var stage = model.Stage;
        stage.ProjectCode ??= m.ProjectCode;
        stage.Stage = m.Stage;
        stage.AcceptedDate ??= HallTime.DateOf(m.StageAcceptedAt);
        var task = await model.TaskAsync(m.TaskNo, cancellationToken);
        task.DepartmentCode ??= m.DepartmentCode;
        task.MatterCode ??= m.MatterCode;
        task.StatutoryLimitDays ??= m.StatutoryLimitDays;
        task.PromisedLimitDays ??= m.PromisedLimitDays;
        task.Decision = m.Decision;
        task.DecidedDate = HallTime.DateOf(m.DecidedAt);
        task.WorkingDaysUsed = m.WorkingDaysUsed;
        task.OnTime = m.OnTime;
        task.CompletionFollows = false;
    }
}
