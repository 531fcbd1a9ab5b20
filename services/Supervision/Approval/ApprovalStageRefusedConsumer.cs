using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Approval;

/// <summary>
/// One refusal ends the stage as refused: it never counts as completed, and its other open tasks are closed undecided
/// (no longer open, not completed; their live warnings are cleared after the commit).
/// </summary>
public sealed class ApprovalStageRefusedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalStageRefused>(db, warnings)
{
    protected override string StageNo(ApprovalStageRefused message) => message.StageNo;

    protected override async Task Apply(ApprovalStageRefused m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        var stage = model.Stage;
        var refused = HallTime.DateOf(m.RefusedAt);
        stage.ProjectCode ??= m.ProjectCode;
        stage.Stage = m.Stage;
        stage.Refused = true;
        stage.RefusedDate = refused;
        foreach (var taskNo in m.ClosedTaskNos)
        {
            var task = await model.TaskAsync(taskNo, cancellationToken);
            task.Closed = true;
            task.ClosedDate = refused;
        }
    }
}
