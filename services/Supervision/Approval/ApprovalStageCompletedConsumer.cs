using Platform.Contracts.Approval;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Approval;

/// <summary>Every task approved: approval's stage figures (used, limit, serial, saved, on time) as they are.</summary>
public sealed class ApprovalStageCompletedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : ApprovalEventConsumer<ApprovalStageCompleted>(db, warnings)
{
    protected override string StageNo(ApprovalStageCompleted message) => message.StageNo;

    protected override Task Apply(ApprovalStageCompleted m, ApprovalReadModel model,
        CancellationToken cancellationToken)
    {
        var stage = model.Stage;
        stage.ProjectCode ??= m.ProjectCode;
        stage.Stage = m.Stage;
        stage.AcceptedDate ??= HallTime.DateOf(m.AcceptedAt);
        stage.CompletedDate = HallTime.DateOf(m.CompletedAt);
        stage.WorkingDaysUsed = m.WorkingDaysUsed;
        stage.LimitDays = m.LimitDays;
        stage.SerialWorkingDays = m.SerialWorkingDays;
        stage.SavedWorkingDays = m.SavedWorkingDays;
        stage.OnTime = m.OnTime;
        return Task.CompletedTask;
    }
}
