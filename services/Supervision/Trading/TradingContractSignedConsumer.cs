using Platform.Contracts.Bidding;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>
/// The contract's signing date and whether it was within 30 days of the award, as bidding judged it (like approval's
/// figures, never recomputed here). The award date stays the award event's: a contract alone is no award.
/// </summary>
public sealed class TradingContractSignedConsumer(SupervisionDbContext db)
    : TradingProjectConsumer<TradingContractSigned>(db)
{
    protected override Guid ProjectId(TradingContractSigned message) => message.ProjectId;

    protected override void Apply(TradingContractSigned m, SupervisedTradingProject project)
    {
        project.ContractSignedDate = HallTime.DateOf(m.SignedAt);
        project.ContractWithinDeadline = m.WithinDeadline;
    }
}
