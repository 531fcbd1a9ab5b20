using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

/// <summary>
/// 送达: the case's final count of in-person trips. It may arrive before the acceptance, which then leaves it alone.
/// </summary>
public sealed class CaseResultDeliveredConsumer(SupervisionDbContext db)
    : InboxConsumer<SupervisionDbContext, CaseResultDelivered>(db)
{
    protected override async Task Handle(ConsumeContext<CaseResultDelivered> context)
    {
        var m = context.Message;
        var @case = await SupervisedCases.FindOrAddAsync(Db, m.CaseNo, context.CancellationToken);
        @case.Visits = m.Visits;
        @case.DeliveredDate = HallTime.DateOf(m.DeliveredAt);
    }
}
