using MassTransit;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Ratings;
using Platform.WorkingDays;

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
        var m = context.Message;
        var @case = await SupervisedCases.FindOrAddAsync(Db, m.CaseNo, context.CancellationToken);
        @case.DepartmentCode ??= m.DepartmentCode;
        @case.WindowNo ??= m.WindowNo;
        @case.Rating = m.Score;
        @case.RatedDate = HallTime.DateOf(m.RatedAt);
        if (m.Score <= 2)
        {
            var opened = HallTime.DateOf(m.RatedAt);
            var deadline = RectificationDeadline.For(calendar.Current, configuration, opened);
            Db.Rectifications.Add(new Rectification
            {
                Id = Guid.NewGuid(),
                CaseNo = m.CaseNo,
                DepartmentCode = m.DepartmentCode,
                WindowNo = m.WindowNo,
                Score = m.Score,
                Category = m.Category,
                Comment = m.Comment,
                OpenedDate = opened,
                DeadlineDate = deadline.Date,
                DeadlineProvisional = deadline.Provisional,
            });
        }
    }
}
