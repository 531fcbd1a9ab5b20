using Platform.Contracts.Bidding;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>流标: the failure date (a project re-tendered and awarded later keeps it; its award wins the rest).</summary>
public sealed class TradingProjectFailedConsumer(SupervisionDbContext db)
    : TradingProjectConsumer<TradingProjectFailed>(db)
{
    protected override Guid ProjectId(TradingProjectFailed message) => message.ProjectId;

    protected override void Apply(TradingProjectFailed m, SupervisedTradingProject project)
    {
        project.FailedDate = HallTime.DateOf(m.FailedAt);
        project.Procedure ??= m.Procedure;
        project.Budget ??= m.Budget;
        if (project.AwardedDate is null)
        {
            project.ValidBids = m.ValidBids;
        }
    }
}
