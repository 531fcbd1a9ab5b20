using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Approval;

/// <summary>
/// 补正 requested: the whole stage waits for the applicant, so its open tasks are not judged until the answer (their
/// due dates are only known then). The latest request counts, whatever the order of arrival.
/// </summary>
public sealed class ApprovalSupplementRequestedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalSupplementRequested>(db, warnings)
{
    protected override string StageNo(ApprovalSupplementRequested message) => message.StageNo;

    protected override Task Apply(ApprovalSupplementRequested m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        var stage = model.Stage;
        stage.ProjectCode ??= m.ProjectCode;
        stage.Stage = m.Stage;
        if (stage.SupplementRequestedAt is not { } known || m.RequestedAt > known)
        {
            stage.SupplementRequestedAt = m.RequestedAt;
        }
        return Task.CompletedTask;
    }
}
