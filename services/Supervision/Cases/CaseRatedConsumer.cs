using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;

namespace Platform.Supervision.Cases;

/// <summary>
/// 好差评: the rating joins the case; a 差评 (score ≤ 2) opens a rectification item with a working-day deadline.
/// </summary>
public sealed class CaseRatedConsumer(SupervisionDbContext db, SupervisionCalendar calendar,
    IConfiguration configuration, SupervisionFeed feed) : InboxConsumer<SupervisionDbContext, CaseRated>(db)
{
    protected override Task Committed(ConsumeContext<CaseRated> context) =>
        feed.Notify("rated", context.Message.CaseNo, context.Message.DepartmentCode);

    protected override async Task Handle(ConsumeContext<CaseRated> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        SupervisedCaseFacts.Rated(Db, @case, context.Message, calendar.Current, configuration);
    }
}
