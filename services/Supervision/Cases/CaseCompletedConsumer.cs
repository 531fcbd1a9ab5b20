using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

public sealed class CaseCompletedConsumer(SupervisionDbContext db, SupervisionFeed feed, TodaysCounts live,
    WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, CaseCompleted>(db)
{
    protected override async Task Committed(ConsumeContext<CaseCompleted> context)
    {
        var m = context.Message;
        // The count first (see ApplicationAcceptedConsumer), then its warnings cleared at once.
        await live.CountAsync(m.CompletedAt, LiveCountsRebuild.Completed(m.DepartmentCode, m.OnTheSpot, m.OnTime));
        await warnings.EvaluateAsync(Db, m.CaseNo, context.CancellationToken);
        await feed.Notify("completed", m.CaseNo, m.DepartmentCode);
    }

    protected override async Task Handle(ConsumeContext<CaseCompleted> context)
    {
        var m = context.Message;
        var @case = await SupervisedCases.FindOrAddAsync(Db, m.CaseNo, context.CancellationToken);
        @case.MatterCode ??= m.MatterCode;
        @case.DepartmentCode ??= m.DepartmentCode;
        @case.WindowNo ??= m.WindowNo;
        @case.StatutoryLimitDays ??= m.StatutoryLimitDays;
        @case.PromisedLimitDays = m.PromisedLimitDays;
        @case.AcceptedDate ??= HallTime.DateOf(m.AcceptedAt);
        // A recount (CaseWorkingDaysRecounted) that overtook this event holds the newer figures: keep them.
        var recountedFirst = @case.CompletedDate is null && @case.WorkingDaysUsed is not null;
        if (!recountedFirst)
        {
            @case.WorkingDaysUsed = m.WorkingDaysUsed;
            @case.WorkingDaysProvisional = m.WorkingDaysProvisional;
            @case.OnTime = m.OnTime;
        }
        @case.CompletedDate = HallTime.DateOf(m.CompletedAt);
        @case.CompletionFollows = false;
        @case.OnTheSpot = m.OnTheSpot;
    }
}
