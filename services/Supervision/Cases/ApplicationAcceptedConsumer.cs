using MassTransit;
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
    }
}
