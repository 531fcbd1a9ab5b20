using MassTransit;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;

namespace Platform.Supervision.Trading;

/// <summary>
/// Applies one trading event to its project's read model. Each event keeps a consumer of its own (its queue and its
/// inbox entries are named after the consumer), so a redelivery of one is skipped without touching the others.
/// </summary>
public abstract class TradingProjectConsumer<TMessage>(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, TMessage>(db)
    where TMessage : class
{
    protected abstract Guid ProjectId(TMessage message);

    /// <summary>Fills in this event's part of the project.</summary>
    protected abstract void Apply(TMessage message, SupervisedTradingProject project);

    protected override async Task Handle(ConsumeContext<TMessage> context)
    {
        var project = await TradingRows.ProjectAsync(Db, ProjectId(context.Message), context.CancellationToken);
        Apply(context.Message, project);
    }
}
