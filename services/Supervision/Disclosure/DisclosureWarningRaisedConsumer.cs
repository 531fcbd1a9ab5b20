using MassTransit;
using Platform.Contracts.Disclosure;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Disclosure;

public sealed class DisclosureWarningRaisedConsumer(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, DisclosureWarningRaised>(db)
{
    protected override Task Handle(ConsumeContext<DisclosureWarningRaised> context)
    {
        var m = context.Message;
        Db.DisclosureDeadlines.Add(new DisclosureDeadline
        {
            Id = m.WarningId,
            Subject = m.Subject,
            SubjectId = m.SubjectId,
            Level = m.Level,
            DueDate = m.DueDate,
            RaisedDate = HallTime.DateOf(m.RaisedAt),
        });
        return Task.CompletedTask;
    }
}
