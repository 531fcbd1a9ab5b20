using MassTransit;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>异议 answered: upheld or not, and when (it may arrive before the objection itself).</summary>
public sealed class TradingObjectionDecidedConsumer(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, TradingObjectionDecided>(db)
{
    protected override async Task Handle(ConsumeContext<TradingObjectionDecided> context)
    {
        var m = context.Message;
        var objection = await TradingRows.ObjectionAsync(Db, m.ObjectionId, m.ProjectId, context.CancellationToken);
        objection.DecidedDate = HallTime.DateOf(m.DecidedAt);
        objection.Upheld = m.Upheld;
    }
}
