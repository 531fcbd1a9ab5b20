using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Warnings;
using Platform.Supervision.Ratings;
using Platform.ServiceDefaults.Messaging;
using Microsoft.Extensions.Configuration;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

static class SupervisedCases
{
    /// <summary>
    /// The case's row, created if this is the first event of the case. Created with INSERT … ON CONFLICT DO NOTHING so
    /// that two events of one case consumed at the same moment (acceptance and completion) both find the row instead of
    /// colliding on its key and waiting out a retry.
    /// </summary>
    public static async Task<SupervisedCase> FindOrAddAsync(SupervisionDbContext db, string caseNo, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO cases (\"CaseNo\", \"PromisedLimitDays\") VALUES ({caseNo}, 0) ON CONFLICT (\"CaseNo\") DO NOTHING",
            cancellationToken);
        return await db.Cases.SingleAsync(c => c.CaseNo == caseNo, cancellationToken);
    }
}

public sealed class ApplicationAcceptedConsumer(SupervisionDbContext db, SupervisionFeed feed, TodaysCounts live,
    WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, ApplicationAccepted>(db)
{
    protected override async Task Committed(ConsumeContext<ApplicationAccepted> context)
    {
        var m = context.Message;
        await warnings.EvaluateAsync(Db, m.CaseNo, context.CancellationToken);
        await live.CountAsync(m.AcceptedAt, LiveCountsRebuild.Accepted(m.DepartmentCode));
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
        @case.DueDate ??= m.DueDate;
        @case.CalendarVersion ??= m.CalendarVersion;
    }
}

public sealed class CaseCompletedConsumer(SupervisionDbContext db, SupervisionFeed feed, TodaysCounts live,
    WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, CaseCompleted>(db)
{
    protected override async Task Committed(ConsumeContext<CaseCompleted> context)
    {
        var m = context.Message;
        await warnings.EvaluateAsync(Db, m.CaseNo, context.CancellationToken); // clears its warnings at once
        await live.CountAsync(m.CompletedAt, LiveCountsRebuild.Completed(m.DepartmentCode, m.OnTheSpot, m.OnTime));
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
        @case.CompletedDate = HallTime.DateOf(m.CompletedAt);
        @case.WorkingDaysUsed = m.WorkingDaysUsed;
        @case.OnTheSpot = m.OnTheSpot;
        @case.OnTime = m.OnTime;
    }
}

/// <summary>Resumption and extension move the due date; the newest computation wins.</summary>
public sealed class CaseResumedConsumer(SupervisionDbContext db, WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, CaseResumed>(db)
{
    protected override Task Committed(ConsumeContext<CaseResumed> context) =>
        warnings.EvaluateAsync(Db, context.Message.CaseNo, context.CancellationToken);

    protected override async Task Handle(ConsumeContext<CaseResumed> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        @case.DueDate = @case.DueDate is { } due && due > context.Message.DueDate ? due : context.Message.DueDate;
        @case.CalendarVersion = context.Message.CalendarVersion;
    }
}

public sealed class CaseExtendedConsumer(SupervisionDbContext db, WarningsOnArrival warnings) : InboxConsumer<SupervisionDbContext, CaseExtended>(db)
{
    protected override Task Committed(ConsumeContext<CaseExtended> context) =>
        warnings.EvaluateAsync(Db, context.Message.CaseNo, context.CancellationToken);

    protected override async Task Handle(ConsumeContext<CaseExtended> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        @case.DueDate = @case.DueDate is { } due && due > context.Message.DueDate ? due : context.Message.DueDate;
        @case.CalendarVersion = context.Message.CalendarVersion;
    }
}

/// <summary>好差评: the rating joins the case; a 差评 (score ≤ 2) opens a rectification item with a working-day deadline.</summary>
public sealed class CaseRatedConsumer(SupervisionDbContext db, SupervisionCalendar calendar, IConfiguration configuration, SupervisionFeed feed)
    : InboxConsumer<SupervisionDbContext, CaseRated>(db)
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
            Db.Rectifications.Add(new Ratings.Rectification
            {
                Id = Guid.NewGuid(),
                CaseNo = m.CaseNo,
                DepartmentCode = m.DepartmentCode,
                WindowNo = m.WindowNo,
                Score = m.Score,
                Category = m.Category,
                Comment = m.Comment,
                OpenedDate = opened,
                DeadlineDate = calendar.Current.AddWorkingDays(opened, configuration.GetValue("Supervision:RectificationWorkingDays", 5)),
            });
        }
    }
}

static class FeedNotices
{
    public static Task Notify(this SupervisionFeed feed, string kind, string caseNo, string? department)
    {
        feed.Publish(new FeedEvent(kind, caseNo, department, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }
}

/// <summary>Intake recomputed an open case's due date after a calendar change: its computation replaces the old one.</summary>
public sealed class CaseDueDateChangedConsumer(SupervisionDbContext db, WarningsOnArrival warnings)
    : InboxConsumer<SupervisionDbContext, CaseDueDateChanged>(db)
{
    protected override Task Committed(ConsumeContext<CaseDueDateChanged> context) =>
        warnings.EvaluateAsync(Db, context.Message.CaseNo, context.CancellationToken);

    protected override async Task Handle(ConsumeContext<CaseDueDateChanged> context)
    {
        var @case = await SupervisedCases.FindOrAddAsync(Db, context.Message.CaseNo, context.CancellationToken);
        @case.DepartmentCode ??= context.Message.DepartmentCode;
        @case.DueDate = context.Message.DueDate;
        @case.CalendarVersion = context.Message.CalendarVersion;
    }
}
