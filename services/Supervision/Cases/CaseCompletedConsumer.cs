using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Cases;

public sealed class CaseCompletedConsumer(SupervisionDbContext db, SupervisionFeed feed, TodaysCounts live,
    WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, CaseCompleted>(db)
{
    protected override async Task Committed(ConsumeContext<CaseCompleted> context)
    {
        var m = context.Message;
        // The count first (see ApplicationAcceptedConsumer); its warnings were cleared with the completion.
        await live.CountAsync(m.CompletedAt, LiveCountsRebuild.Completed(m.DepartmentCode, m.OnTheSpot, m.OnTime));
        await feed.Notify("completed", m.CaseNo, m.DepartmentCode);
    }

    protected override async Task Handle(ConsumeContext<CaseCompleted> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        SupervisedCaseFacts.Completed(@case, context.Message);
        await warnings.JudgeInUnitAsync(Db, @case, context.CancellationToken);
    }
}
