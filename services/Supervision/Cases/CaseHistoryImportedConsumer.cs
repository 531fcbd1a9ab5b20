using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Warnings;

namespace Platform.Supervision.Cases;

/// <summary>
/// A slice of imported history (up to a thousand cases) in one unit of work: one read of the rows it may already
/// have, the cases written as their acceptance, completion and rating would write them one by one, the open cases past
/// due warned within the same unit (once: the warning's key), completed history never warned. One message per slice
/// instead of three per case is what lets supervision count a 100,000-case import within seconds of its end.
/// </summary>
public sealed class CaseHistoryImportedConsumer(SupervisionDbContext db, SupervisionCalendar calendar,
    IConfiguration configuration, SupervisionFeed feed, TodaysCounts live, WarningsOnArrival warnings)
    : InboxConsumer<SupervisionDbContext, CaseHistoryImported>(db)
{
    protected override async Task Committed(ConsumeContext<CaseHistoryImported> context)
    {
        foreach (var imported in context.Message.Cases)
        {
            // Today's counters move only for a case of today (history is not counted there).
            await live.CountAsync(imported.AcceptedAt, LiveCountsRebuild.Accepted(imported.DepartmentCode));
            if (imported.CompletedAt is { } completedAt)
            {
                await live.CountAsync(completedAt, LiveCountsRebuild.Completed(imported.DepartmentCode,
                    imported.OnTheSpot!.Value, imported.OnTime!.Value));
            }
        }
        if (context.Message.Cases.Count > 0)
        {
            await feed.Notify("imported", context.Message.Cases[0].CaseNo, null);
        }
    }

    protected override async Task Handle(ConsumeContext<CaseHistoryImported> context)
    {
        var m = context.Message;
        var numbers = m.Cases.Select(c => c.CaseNo).ToList();
        var stored = await Db.Cases.Where(c => numbers.Contains(c.CaseNo))
            .ToDictionaryAsync(c => c.CaseNo, context.CancellationToken);
        var cases = new List<SupervisedCase>(m.Cases.Count);
        foreach (var imported in m.Cases)
        {
            if (!stored.TryGetValue(imported.CaseNo, out var @case))
            {
                @case = new SupervisedCase { CaseNo = imported.CaseNo };
                Db.Cases.Add(@case);
            }
            SupervisedCaseFacts.Accepted(@case, ImportedCaseEvents.Accepted(imported, m.CalendarVersion));
            if (ImportedCaseEvents.Completed(imported, m.CalendarVersion) is { } completed)
            {
                SupervisedCaseFacts.Completed(@case, completed);
            }
            if (ImportedCaseEvents.Rated(imported) is { } rated)
            {
                SupervisedCaseFacts.Rated(Db, @case, rated, calendar.Current, configuration);
            }
            cases.Add(@case);
        }
        await warnings.JudgeInUnitAsync(Db, cases, c => stored.ContainsKey(c.CaseNo), context.CancellationToken);
    }
}
