using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

public sealed class ApplicationAcceptedConsumer(SupervisionDbContext db, SupervisionFeed feed, TodaysCounts live,
    WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, ApplicationAccepted>(db)
{
    protected override async Task Committed(ConsumeContext<ApplicationAccepted> context)
    {
        var m = context.Message;
        // The count first: a failure after the commit (the broker's connection dropping cancels the token) must not
        // skip it, since the redelivery is skipped by the inbox. A missed warning evaluation is made up by the clock.
        await live.CountAsync(m.AcceptedAt, LiveCountsRebuild.Accepted(m.DepartmentCode));
        await warnings.EvaluateAsync(Db, m.CaseNo, context.CancellationToken);
        await feed.Notify("accepted", m.CaseNo, m.DepartmentCode);
    }

    protected override async Task Handle(ConsumeContext<ApplicationAccepted> context)
    {
        var m = context.Message;
        var @case = await SupervisedCases.FindOrAddAsync(Db, m.CaseNo, context.CancellationToken);
        @case.MatterCode = m.MatterCode;
        @case.DepartmentCode = m.DepartmentCode;
        @case.WindowNo = m.WindowNo;
        @case.Instant = m.HandlingKind == "instant";
        @case.StatutoryLimitDays = m.StatutoryLimitDays;
        @case.PromisedLimitDays = m.PromisedLimitDays;
        @case.AcceptedDate = HallTime.DateOf(m.AcceptedAt);
        if (@case.DueDate is null)
        {
            @case.DueDate = m.DueDate;
            @case.DueDateProvisional = m.DueDateProvisional;
        }
        @case.CalendarVersion ??= m.CalendarVersion;
        @case.CompletionFollows = m.CompletionFollows && @case.CompletedDate is null;
        @case.Channel = m.Channel;
        @case.PointCode = m.PointCode;
        @case.PointLevel = m.PointLevel;
        // A delivery that overtook this event carries the final count, the acceptance only the count so far. Written
        // by a conditional UPDATE, so a delivery committed meanwhile (after the row was read) still wins.
        await Db.Cases.Where(c => c.CaseNo == m.CaseNo && c.DeliveredDate == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Visits, m.Visits), context.CancellationToken);
    }
}
