using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Jobs;

/// <summary>
/// The one shape of periodic work (deadline watches, warning clocks, notice reminders): every <see cref="Interval"/>
/// (with up to a tenth of it as random jitter, so replicas started together do not tick together) one run in its own
/// scope and transaction. On PostgreSQL a run first takes a transaction-scoped advisory lock named after the job, so
/// of several replicas only one does the work of a tick; the others skip it. The embedded SQLite mode has one process.
/// A failed run is logged and tried again at the next tick.
/// </summary>
public abstract class PeriodicJob<TContext>(IServiceScopeFactory scopes, ILogger logger) : BackgroundService
    where TContext : DbContext
{
    /// <summary>How often the job runs.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Whether the first run happens as the process starts rather than one interval later.</summary>
    protected virtual bool RunsAtStart => false;

    /// <summary>
    /// One run: the work of a tick on <paramref name="db"/>, inside the job's transaction (call SaveChanges).
    /// </summary>
    protected abstract Task RunAsync(TContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the job once now (an administrator's request, a test); false when another replica holds it.
    /// </summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await TryLockAsync(db, cancellationToken))
        {
            return false;
        }
        await RunAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!(first && RunsAtStart))
            {
                var jitter = Interval * (Random.Shared.NextDouble() / 10);
                await Task.Delay(Interval + jitter, stoppingToken);
            }
            first = false;
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "{Job} failed; it runs again at the next tick", GetType().Name);
            }
        }
    }

    async Task<bool> TryLockAsync(TContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return true;
        }
        var key = LockKey(GetType().FullName!);
        var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({key}) AS \"Value\"")
            .ToListAsync(cancellationToken);
        return taken.Single();
    }

    /// <summary>A stable 64-bit key for the job's name (advisory locks are keyed by numbers).</summary>
    static long LockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("periodic-job:" + name)), 0);
}
