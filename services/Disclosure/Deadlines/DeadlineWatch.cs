using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Disclosure;
using Platform.Disclosure.Data;
using Platform.Disclosure.Publications;
using Platform.Disclosure.Requests;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Disclosure.Deadlines;

/// <summary>
/// Raises the deadline warnings as the hall's days pass: every Disclosure:WatchInterval it looks at the open requests
/// whose due date is near (never all open requests) and at publications past their publish-by date, and stores each
/// new warning with its DisclosureWarningRaised event in one transaction.
/// </summary>
sealed class DeadlineWatch(
    IServiceScopeFactory scopes,
    DisclosureCalendar calendar,
    HallClock clock,
    IOptions<DisclosureOptions> options,
    ILogger<DeadlineWatch> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.WatchInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DisclosureDbContext>();
                var raised = await EvaluateAsync(
                    db, clock.Now, calendar.Current, options.Value.YellowWorkingDays, stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("Raised {Count} disclosure deadline warnings", raised);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Deadline evaluation failed; it runs again at the next tick");
            }
        }
    }

    public static async Task<int> EvaluateAsync(DisclosureDbContext db, DateTimeOffset now, WorkingDayCalendar calendar,
        int yellowDays, CancellationToken cancellationToken)
    {
        var today = HallTime.DateOf(now);
        var horizon = calendar.AddWorkingDays(today, yellowDays);
        var requests = await db.Requests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Open && r.DueDate != null && r.DueDate <= horizon)
            .Select(r => new { r.RequestNo, DueDate = r.DueDate!.Value })
            .ToListAsync(cancellationToken);
        var publications = await db.Publications.AsNoTracking()
            .Where(p => p.Status != PublicationStatus.Published
                && p.Status != PublicationStatus.Withdrawn
                && p.PublishDueDate < today)
            .Select(p => new { p.IndexNo, p.PublishDueDate })
            .ToListAsync(cancellationToken);

        // Red once a working day after the due date has begun, as supervision's 电子监察 counts it: a deadline that
        // falls just before a holiday is not red while the hall is closed.
        bool Late(DateOnly dueDate) => today > dueDate && calendar.WorkingDaysBetween(dueDate, today) >= 1;

        var due = requests
            .Select(r => (Subject: "request", Id: r.RequestNo, Level: Late(r.DueDate) ? "red" : "yellow", r.DueDate))
            .Concat(publications
                .Where(p => Late(p.PublishDueDate))
                .Select(p => (Subject: "publication", Id: p.IndexNo, Level: "red", DueDate: p.PublishDueDate)))
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
        foreach (var (subject, id, level, dueDate) in fresh)
        {
            var warning = new DeadlineWarning
            {
                Id = Guid.NewGuid(),
                Subject = subject,
                SubjectId = id,
                Level = level,
                DueDate = dueDate,
                RaisedAt = now,
            };
            db.Warnings.Add(warning);
            db.AddEvent(new DisclosureWarningRaised(warning.Id, subject, id, level, dueDate, now));
            raised++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return raised;
    }
}
