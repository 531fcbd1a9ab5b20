using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Jobs;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Deletes inbox records older than Inbox:Retention every Inbox:PruneInterval (one replica), by the processed_at
/// index: each run removes only the few minutes' worth that aged out since the last, so the table stays the size of
/// the retention window instead of growing with every message ever consumed.
/// </summary>
public sealed class InboxPruning<TContext>(IServiceScopeFactory scopes, IOptions<InboxOptions> options,
    ILogger<InboxPruning<TContext>> logger) : PeriodicJob<TContext>(scopes, logger)
    where TContext : DbContext
{
    protected override TimeSpan Interval => options.Value.PruneInterval;

    protected override async Task RunAsync(TContext db, CancellationToken cancellationToken)
    {
        var cutoff = DateTime.UtcNow - options.Value.Retention;
        var pruned = await db.Set<InboxMessage>().Where(m => m.ProcessedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} inbox records of {Context} older than {Cutoff:u}", pruned,
                typeof(TContext).Name, cutoff);
        }
    }
}
