using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Cases;

public sealed class ApplicationAcceptedConsumer(SupervisionDbContext db, SupervisionFeed feed, TodaysCounts live,
    WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, ApplicationAccepted>(db)
{
    protected override async Task Committed(ConsumeContext<ApplicationAccepted> context)
    {
        var m = context.Message;
        // The count first: a failure after the commit (the broker's connection dropping cancels the token) must not
        // skip it, since the redelivery is skipped by the inbox.
        await live.CountAsync(m.AcceptedAt, LiveCountsRebuild.Accepted(m.DepartmentCode));
        await feed.Notify("accepted", m.CaseNo, m.DepartmentCode);
    }

    protected override async Task Handle(ConsumeContext<ApplicationAccepted> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        SupervisedCaseFacts.Accepted(@case, context.Message);
        await warnings.JudgeInUnitAsync(Db, @case, context.CancellationToken);
    }
}
