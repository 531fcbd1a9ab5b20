using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Live;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

/// <summary>
/// Intake recounted a completed case once the holiday notice of a year it had counted provisionally arrived: the
/// case's working days used and on-time judgement follow, and today's live counters are rebuilt when the case was
/// completed today (an on-time count may have changed; the read model stays the truth).
/// </summary>
public sealed class CaseWorkingDaysRecountedConsumer(SupervisionDbContext db, ILiveCounters counters, HallClock clock)
    : InboxConsumer<SupervisionDbContext, CaseWorkingDaysRecounted>(db)
{
    protected override async Task Committed(ConsumeContext<CaseWorkingDaysRecounted> context)
    {
        var today = HallTime.DateOf(clock.Now);
        var @case = await Db.Cases.FindAsync([context.Message.CaseNo], context.CancellationToken);
        if (@case?.CompletedDate == today)
        {
            var values = await LiveCountsRebuild.FromReadModelAsync(Db, today, context.CancellationToken);
            await counters.ReplaceAsync(today, values);
        }
    }

    protected override async Task Handle(ConsumeContext<CaseWorkingDaysRecounted> context)
    {
        var m = context.Message;
        var @case = await SupervisedCases.FindOrAddAsync(Db, m.CaseNo, context.CancellationToken);
        @case.DepartmentCode ??= m.DepartmentCode;
        @case.WorkingDaysUsed = m.WorkingDaysUsed;
        @case.OnTime = m.OnTime;
        @case.WorkingDaysProvisional = m.WorkingDaysProvisional;
        @case.CalendarVersion = m.CalendarVersion;
    }
}
