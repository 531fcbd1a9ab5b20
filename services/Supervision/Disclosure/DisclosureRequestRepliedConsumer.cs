using MassTransit;
using Platform.Contracts.Disclosure;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Disclosure;

public sealed class DisclosureRequestRepliedConsumer(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, DisclosureRequestReplied>(db)
{
    protected override Task Handle(ConsumeContext<DisclosureRequestReplied> context)
    {
        var m = context.Message;
        Db.DisclosureReplies.Add(new DisclosureReply
        {
            RequestNo = m.RequestNo,
            ApplicantCategory = m.ApplicantCategory,
            ReceivedDate = HallTime.DateOf(m.ReceivedAt),
            RepliedDate = HallTime.DateOf(m.RepliedAt),
            Outcome = m.Outcome,
            DueDate = m.DueDate,
            OnTime = m.OnTime,
        });
        return Task.CompletedTask;
    }
}
