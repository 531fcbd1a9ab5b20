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
    /// <summary>
    /// Judges the case as this unit of work leaves it (the tracked row, not yet saved), within that unit: the warning
    /// it raises or clears commits with the event, in one SaveChanges. A warning raised at the same moment by the clock
    /// fails the unit on the warning's key, and the message's retry finds it.
    /// </summary>
    public Task JudgeInUnitAsync(SupervisionDbContext db, SupervisedCase @case,
        CancellationToken cancellationToken) =>
        JudgeInUnitAsync(db, [@case], mayHaveWarnings: _ => true, cancellationToken);

    /// <summary>
    /// Judges many cases of one unit of work with one read of their stored warnings, and only the cases that need it:
    /// an ended case that may have live warnings (cleared now) or one due for a warning today. For any other nothing
    /// can change (a moved due date comes with its own event, which judges it), so no round trip is spent on it.
    /// </summary>
    public async Task JudgeInUnitAsync(SupervisionDbContext db, IReadOnlyList<SupervisedCase> cases,
        Func<SupervisedCase, bool> mayHaveWarnings, CancellationToken cancellationToken)
    {
        var calendarNow = calendar.Current;
        var now = clock.Now;
        var today = HallTime.DateOf(now);
        var judged = new List<WatchedClock>();
        foreach (var @case in cases)
        {
            if (@case.CompletedDate is null && @case.CompletionFollows)
            {
                continue; // imported history whose completion follows: never judged meanwhile
            }
            var watched = WarningClocks.OfCase(@case);
            var needed = watched.Ended is null
                ? WarningRules.Level(watched, today, calendarNow, options.Value) is not null
                : mayHaveWarnings(@case);
            if (needed)
            {
                judged.Add(watched);
            }
        }
        if (judged.Count > 0)
        {
            await WarningRules.EvaluateAsync(db, judged, now, calendarNow, options.Value, cancellationToken);
        }
    }

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
