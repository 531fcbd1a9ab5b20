using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Supervision.Data;
using Platform.Supervision.Ratings;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// Judges one case as soon as an event about it is committed (accepted late in its limit, completed, its due date
/// moved), instead of waiting for the next tick of <see cref="WarningClock"/>. Runs after the event's own commit:
/// if it fails or the process stops in between, the clock's next tick judges the case.
/// </summary>
public sealed class WarningsOnArrival(SupervisionCalendar calendar, HallClock clock, IOptions<WarningOptions> options,
    ILogger<WarningsOnArrival> logger)
{
    public async Task EvaluateAsync(SupervisionDbContext db, string caseNo, CancellationToken cancellationToken)
    {
        try
        {
            var candidates = WarningRules.Candidates(db).Where(c => c.CaseNo == caseNo);
            if (await WarningRules.EvaluateAsync(db, candidates, clock.Now, calendar.Current, options.Value, cancellationToken) > 0
                || db.ChangeTracker.HasChanges())
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException exception)
        {
            // Another evaluation (the clock, a concurrent event) judged the case at the same moment.
            db.ChangeTracker.Clear();
            logger.LogDebug(exception, "Warning of {CaseNo} already raised elsewhere", caseNo);
        }
    }
}
