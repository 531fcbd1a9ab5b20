using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Approval;

/// <summary>
/// The applicant answered: the stage's clock runs again and its open tasks take their moved due dates. An older answer
/// arriving after a newer one changes nothing.
/// </summary>
public sealed class ApprovalSupplementReceivedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalSupplementReceived>(db, warnings)
{
    protected override string StageNo(ApprovalSupplementReceived message) => message.StageNo;

    protected override async Task Apply(ApprovalSupplementReceived m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        var stage = model.Stage;
        stage.ProjectCode ??= m.ProjectCode;
        stage.Stage = m.Stage;
        if (stage.SupplementReceivedAt is { } known && known > m.ReceivedAt)
        {
            return;
        }
        stage.SupplementReceivedAt = m.ReceivedAt;
        stage.DueDate = m.StageDueDate;
        await ApprovalDueDates.ApplyAsync(model, m.OpenTasks, cancellationToken);
    }
}
