using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
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
            await WarningRules.EvaluateAsync(db, candidates, clock.Now, calendar.Current, options.Value,
                cancellationToken);
            await db.SaveChangesAsync(cancellationToken); // a raised warning, or a completed case's cleared ones
        }
        catch (DbUpdateException exception)
        {
            // Another evaluation (the clock, a concurrent event) judged the case at the same moment.
            db.ChangeTracker.Clear();
            logger.LogDebug(exception, "Warning of {CaseNo} already raised elsewhere", caseNo);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Best effort after the event's commit: a failure here must not fail the consumer (its retry would find the
            // message done and skip what follows, such as the live count); the clock's next tick judges the case.
            db.ChangeTracker.Clear();
            logger.LogWarning(exception,
                "Warning check of {CaseNo} on arrival failed; the warning clock will judge it", caseNo);
        }
    }
}
