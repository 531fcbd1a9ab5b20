using MassTransit;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Approval;

/// <summary>
/// Applies one approval event to its stage's read model; after the commit the stage's tasks are judged for warnings
/// at once (best effort: the warning clock judges them otherwise). Each event keeps a consumer of its own (its queue
/// and its inbox entries are named after the consumer).
/// </summary>
public abstract class ApprovalEventConsumer<TMessage>(SupervisionDbContext db, WarningsOnArrival warnings)
    : InboxConsumer<SupervisionDbContext, TMessage>(db)
    where TMessage : class
{
    protected abstract string StageNo(TMessage message);

    /// <summary>Fills in this event's part of the stage and its tasks.</summary>
    protected abstract Task Apply(TMessage message, ApprovalReadModel stage, CancellationToken cancellationToken);

    protected override Task Committed(ConsumeContext<TMessage> context) =>
        warnings.EvaluateStageAsync(Db, StageNo(context.Message), context.CancellationToken);

    protected override async Task Handle(ConsumeContext<TMessage> context)
    {
        var model = await ApprovalReadModel.LoadAsync(Db, StageNo(context.Message), context.CancellationToken);
        await Apply(context.Message, model, context.CancellationToken);
        model.Settle();
    }
}
