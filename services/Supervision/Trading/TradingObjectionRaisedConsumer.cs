using MassTransit;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>异议 raised: its date (its decision may already be known).</summary>
public sealed class TradingObjectionRaisedConsumer(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, TradingObjectionRaised>(db)
{
    protected override async Task Handle(ConsumeContext<TradingObjectionRaised> context)
    {
        var m = context.Message;
        var objection = await TradingRows.ObjectionAsync(Db, m.ObjectionId, m.ProjectId, context.CancellationToken);
        objection.RaisedDate = HallTime.DateOf(m.RaisedAt);
    }
}
