using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Clock;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Jobs;

/// <summary>
/// The one shape of periodic work (deadline watches, warning clocks, notice reminders): every <see cref="Interval"/>
/// (with up to a tenth of it as random jitter, so replicas started together do not tick together) one run in its own
/// scope and transaction. On PostgreSQL only the replica that leads the job (<see cref="JobLeadership"/>: a session
/// advisory lock held while the process lives) runs the ticks, so replicas do not repeat each other's work; when it
/// stops, another takes over at its next tick. The embedded SQLite mode has one process. A failed run is logged and
/// tried again at the next tick. A move of the hall clock (Clock:Adjustable) brings the next run on at once.
/// </summary>
public abstract class PeriodicJob<TContext>(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
    where TContext : DbContext
{
    JobLeadership? _leadership;

    /// <summary>How often the job runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the first run happens as the process starts rather than one interval later.</summary>
    protected virtual bool RunsAtStart => false;

    /// <summary>
    /// Whether one replica runs the ticks for all (work on shared data), or every replica its own (refreshing what
    /// each process holds in memory).
    /// </summary>
    protected virtual bool OneReplicaRuns => true;

    /// <summary>
    /// One run: the work of a tick on <paramref name="db"/>, inside the job's transaction (call SaveChanges).
    /// </summary>
    protected abstract Task RunAsync(TContext db, CancellationToken cancellationToken);

    /// <summary>Runs the job once now; false when another replica leads it.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        _leadership ??= new JobLeadership(GetType().FullName!);
        if (OneReplicaRuns && db.Database.IsNpgsql()
            && !await _leadership.LeadAsync(db.Database.GetConnectionString()!, cancellationToken))
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RunAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = AdjustableClock();
        var moved = clock?.NextMove;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!(first && RunsAtStart))
            {
                await NextRoundAsync(moved, stoppingToken);
            }
            first = false;
            // Taken before the run, so that a move during it brings on another round at once.
            moved = clock?.NextMove;
            try
            {
                stoppingToken.ThrowIfCancellationRequested();
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "{Job} failed; it runs again at the next tick", GetType().Name);
            }
        }
    }

    /// <summary>
    /// Waits one interval, or less when the hall clock is moved forward (Clock:Adjustable): deadlines the move has
    /// passed are watched at once rather than up to an interval later.
    /// </summary>
    async Task NextRoundAsync(Task? moved, CancellationToken stoppingToken)
    {
        var interval = Interval + Interval * (Random.Shared.NextDouble() / 10);
        if (moved is null)
        {
            await Task.Delay(interval, stoppingToken);
            return;
        }
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(Task.Delay(interval, waiting.Token), moved);
        await waiting.CancelAsync(); // the interval's timer, when the clock moved first
    }

    AdjustableHallClock? AdjustableClock()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetService<HallClock>() as AdjustableHallClock;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_leadership is not null)
        {
            await _leadership.DisposeAsync(); // hands the job to another replica at once
        }
    }
}
