using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Disclosure;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Publications;
using Platform.Disclosure.Requests;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Jobs;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Disclosure.Watch;

/// <summary>
/// Raises the deadline warnings as the hall's days pass: every Disclosure:WatchInterval (one replica per tick) it
/// looks at the open requests whose due date is near (never all open requests) and at publications past their
/// publish-by date, and stores each new warning with its DisclosureWarningRaised event in one transaction.
/// </summary>
sealed class DeadlineWatch(
    IServiceScopeFactory scopes,
    DisclosureCalendar calendar,
    HallClock clock,
    IOptions<DisclosureOptions> options,
    ILogger<DeadlineWatch> logger) : PeriodicJob<DisclosureDbContext>(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.WatchInterval;

    protected override async Task RunAsync(DisclosureDbContext db, CancellationToken cancellationToken)
    {
        var raised = await EvaluateAsync(db, clock.Now, calendar.Current, options.Value.YellowWorkingDays,
            cancellationToken);
        if (raised > 0)
        {
            logger.LogInformation("Raised {Count} disclosure deadline warnings", raised);
        }
    }

    public static async Task<int> EvaluateAsync(DisclosureDbContext db, DateTimeOffset now, WorkingDayCalendar calendar,
        int yellowDays, CancellationToken cancellationToken)
    {
        var today = HallTime.DateOf(now);
        // The platform's one rule (Deadlines.Level): yellow within the days left, red once a working day after the
        // due date has begun, so a deadline just before a holiday is not red while the hall is closed.
        var rule = new YellowRule(yellowDays);
        var horizon = Deadlines.YellowHorizon(calendar, today, rule);
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Open && r.DueDate != null && r.DueDate <= horizon)
            .Select(r => new { r.RequestNo, r.ClockStartDate, DueDate = r.DueDate!.Value, r.DueDateProvisional })
            .ToListAsync(cancellationToken);
        var lateBefore = Deadlines.LateWhenDueBefore(calendar, today);
        var publications = await PublicationDeadlines.Pending(db.Publications.AsNoTracking())
            .Where(p => p.PublishDueDate < lateBefore)
            .Select(p => new { p.IndexNo, p.PublishDueDate, p.PublishDueDateProvisional })
            .ToListAsync(cancellationToken);

        var due = requests
            .Select(r => (Subject: "request", Id: r.RequestNo,
                Level: Deadlines.Level(calendar, r.ClockStartDate, r.DueDate, today, rule), r.DueDate,
                Provisional: r.DueDateProvisional))
            .Where(r => r.Level != DeadlineLevel.None)
            .Concat(publications.Select(p => (Subject: "publication", Id: p.IndexNo, Level: DeadlineLevel.Red,
                DueDate: p.PublishDueDate, Provisional: p.PublishDueDateProvisional)))
            .Select(d => (d.Subject, d.Id, Level: d.Level == DeadlineLevel.Red ? "red" : "yellow", d.DueDate,
                d.Provisional))
            .ToList();
        var ids = due.Select(d => d.Id).Distinct().ToList();
        var known = (await db.Warnings.AsNoTracking()
                .Where(w => ids.Contains(w.SubjectId))
                .Select(w => new { w.Subject, w.SubjectId, w.Level, w.DueDate })
                .ToListAsync(cancellationToken))
            .Select(w => (w.Subject, w.SubjectId, w.Level, w.DueDate))
            .ToHashSet();
        var raised = 0;
        var fresh = due.Where(d => !known.Contains((d.Subject, d.Id, d.Level, d.DueDate)));
        foreach (var (subject, id, level, dueDate, provisional) in fresh)
        {
            var warning = new DeadlineWarning
            {
                Id = Guid.NewGuid(),
                Subject = subject,
                SubjectId = id,
                Level = level,
                DueDate = dueDate,
                DueDateProvisional = provisional,
                RaisedAt = now,
            };
            db.Warnings.Add(warning);
            db.AddEvent(new DisclosureWarningRaised(warning.Id, subject, id, level, dueDate, now, provisional));
            raised++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }
}
