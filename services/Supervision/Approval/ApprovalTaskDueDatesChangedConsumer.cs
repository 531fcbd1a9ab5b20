using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Approval;

/// <summary>
/// A calendar change moved the due dates of a stage's open tasks: approval's computation replaces the old one.
/// </summary>
public sealed class ApprovalTaskDueDatesChangedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalTaskDueDatesChanged>(db, warnings)
{
    protected override string StageNo(ApprovalTaskDueDatesChanged message) => message.StageNo;

    protected override Task Apply(ApprovalTaskDueDatesChanged m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        model.Stage.DueDate = m.StageDueDate;
        return ApprovalDueDates.ApplyAsync(model, m.OpenTasks, cancellationToken);
    }
}
