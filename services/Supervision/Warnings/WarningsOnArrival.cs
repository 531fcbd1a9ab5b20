using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// Judges one case (or one approval stage's tasks) as soon as an event about it is committed (accepted late in its
/// limit, completed or decided, its due date moved), instead of waiting for the next tick of
/// <see cref="WarningClock"/>. Runs after the event's own commit: if it fails or the process stops in between, the
/// clock's next tick judges it.
/// </summary>
public sealed class WarningsOnArrival(SupervisionCalendar calendar, HallClock clock, IOptions<WarningOptions> options,
    ILogger<WarningsOnArrival> logger)
{
    public Task EvaluateAsync(SupervisionDbContext db, string caseNo, CancellationToken cancellationToken) =>
        JudgeAsync(db, caseNo, WarningClocks.OfCaseAsync, cancellationToken);

    public Task EvaluateStageAsync(SupervisionDbContext db, string stageNo, CancellationToken cancellationToken) =>
        JudgeAsync(db, stageNo, WarningClocks.OfStageAsync, cancellationToken);

    async Task JudgeAsync(SupervisionDbContext db, string number,
        Func<SupervisionDbContext, string, CancellationToken, Task<List<WatchedClock>>> clocks,
        CancellationToken cancellationToken)
    {
        try
        {
            await WarningRules.EvaluateAsync(db, await clocks(db, number, cancellationToken), clock.Now,
                calendar.Current, options.Value, cancellationToken);
            await db.SaveChangesAsync(cancellationToken); // a raised warning, or an ended clock's cleared ones
        }
        catch (DbUpdateException exception)
        {
            // Another evaluation (the clock, a concurrent event) judged the same clock at the same moment.
            db.ChangeTracker.Clear();
            logger.LogDebug(exception, "Warning of {Number} already raised elsewhere", number);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Best effort after the event's commit: a failure here must not fail the consumer (its retry would find the
            // message done and skip what follows, such as the live count); the clock's next tick judges it.
            db.ChangeTracker.Clear();
            logger.LogWarning(exception,
                "Warning check of {Number} on arrival failed; the warning clock will judge it", number);
        }
    }
}
