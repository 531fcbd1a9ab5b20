using Platform.Contracts.Bidding;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>
/// 中标/成交: the award date and amount, and the procedure, budget and valid bids as the award states them (they win
/// over what the announcement, opening or failure said, whichever arrived last).
/// </summary>
public sealed class TradingProjectAwardedConsumer(SupervisionDbContext db)
    : TradingProjectConsumer<TradingProjectAwarded>(db)
{
    protected override Guid ProjectId(TradingProjectAwarded message) => message.ProjectId;

    protected override void Apply(TradingProjectAwarded m, SupervisedTradingProject project)
    {
        project.AwardedDate = HallTime.DateOf(m.AwardedAt);
        project.AwardAmount = m.AwardAmount;
        project.Procedure = m.Procedure;
        project.Category = m.Category;
        project.Budget = m.Budget;
        project.ValidBids = m.ValidBids;
    }
}
