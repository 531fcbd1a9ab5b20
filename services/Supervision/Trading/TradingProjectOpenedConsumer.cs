using Platform.Contracts.Bidding;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>开标: the opening date and the bids; the valid bids the award was chosen from win once it is known.</summary>
public sealed class TradingProjectOpenedConsumer(SupervisionDbContext db)
    : TradingProjectConsumer<TradingProjectOpened>(db)
{
    protected override Guid ProjectId(TradingProjectOpened message) => message.ProjectId;

    protected override void Apply(TradingProjectOpened m, SupervisedTradingProject project)
    {
        project.OpenedDate = HallTime.DateOf(m.OpenedAt);
        project.BidsReceived = m.BidsReceived;
        project.Procedure ??= m.Procedure;
        if (project.AwardedDate is null)
        {
            project.ValidBids = m.ValidBids;
        }
    }
}
