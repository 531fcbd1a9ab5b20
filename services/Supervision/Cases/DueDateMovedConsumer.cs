using MassTransit;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

/// <summary>
/// Resumption and extension move the due date; the newest computation wins. One implementation for both messages;
/// each keeps a consumer of its own (its queue and its inbox entries are named after the consumer).
/// </summary>
public abstract class DueDateMovedConsumer<TMessage>(SupervisionDbContext db, WarningsOnArrival warnings)
    : InboxConsumer<SupervisionDbContext, TMessage>(db)
    where TMessage : class
{
    /// <summary>
    /// The case, its moved due date (provisional or not) and the calendar version it was computed with.
    /// </summary>
    protected abstract (string CaseNo, Deadline DueDate, string CalendarVersion) Moved(TMessage message);

    protected override Task Committed(ConsumeContext<TMessage> context) =>
        warnings.EvaluateAsync(Db, Moved(context.Message).CaseNo, context.CancellationToken);

    protected override async Task Handle(ConsumeContext<TMessage> context)
    {
        var moved = Moved(context.Message);
        var @case = await SupervisedCases.FindOrAddAsync(Db, moved.CaseNo, context.CancellationToken);
        if (@case.DueDate is { } due && due > moved.DueDate.Date)
        {
            return;
        }
        @case.DueDate = moved.DueDate.Date;
        @case.DueDateProvisional = moved.DueDate.Provisional;
        @case.CalendarVersion = moved.CalendarVersion;
    }
}
