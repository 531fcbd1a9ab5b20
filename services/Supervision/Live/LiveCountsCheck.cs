using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Jobs;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Live;

/// <summary>
/// Keeps today's counters equal to the read model: each Supervision:Live:CheckInterval, every replica rebuilds them
/// when they are missing or untrusted (an increment failed while Redis was away), and corrects them when they differed
/// from the read model by the same amounts at two checks in a row. A difference that changes between checks is events
/// in flight (a consumer counts just after its commit); one that stays is a lost or doubled increment (or a rebuild
/// that raced the consumers), and it is corrected by adding it, so increments made meanwhile are kept.
/// </summary>
public sealed class LiveCountsCheck(IServiceScopeFactory scopes, ILiveCounters counters, HallClock clock,
    IOptions<LiveOptions> options, ILogger<LiveCountsCheck> logger)
    : PeriodicJob<SupervisionDbContext>(scopes, logger)
{
    Dictionary<string, long> _lastDifference = [];

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override bool OneReplicaRuns => false;

    protected override async Task RunAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var today = HallTime.DateOf(clock.Now);
        var counted = await counters.ReadAsync(today);
        var truth = await LiveCountsRebuild.FromReadModelAsync(db, today, cancellationToken);
        if (counted is null)
        {
            await counters.ReplaceAsync(today, truth);
            _lastDifference = [];
            return;
        }
        var difference = LiveCountsRebuild.Difference(counted, truth);
        if (difference.Count > 0 && LiveCountsRebuild.Same(difference, _lastDifference))
        {
            logger.LogWarning("Live counters of {Day} were off by {Difference}; corrected", today,
                string.Join(", ", difference.Select(d => $"{d.Key} {d.Value:+#;-#}")));
            await counters.AdjustAsync(today, difference);
            difference = [];
        }
        _lastDifference = difference;
    }
}
