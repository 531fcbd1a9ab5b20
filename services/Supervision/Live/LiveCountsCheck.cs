using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Jobs;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Live;

/// <summary>
/// Keeps today's counters equal to the read model: each Supervision:Live:CheckInterval, every replica rebuilds them
/// when they are missing or untrusted (an increment failed while Redis was away), or when they differed from the read
/// model at two checks in a row. One differing check is not enough: a consumer counts just after its commit, so a
/// check can fall between the two; a count that stays wrong is a lost or doubled increment.
/// </summary>
public sealed class LiveCountsCheck(IServiceScopeFactory scopes, ILiveCounters counters, HallClock clock,
    IOptions<LiveOptions> options, ILogger<LiveCountsCheck> logger)
    : PeriodicJob<SupervisionDbContext>(scopes, logger)
{
    bool _differedLastTime;

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override bool OneReplicaRuns => false;

    protected override async Task RunAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var today = HallTime.DateOf(clock.Now);
        var counted = await counters.ReadAsync(today);
        var truth = await LiveCountsRebuild.FromReadModelAsync(db, today, cancellationToken);
        var differs = counted is not null && !LiveCountsRebuild.Agree(counted, truth);
        if (counted is null || (differs && _differedLastTime))
        {
            if (differs)
            {
                logger.LogWarning("Live counters of {Day} differed from the read model twice; rebuilt", today);
            }
            await counters.ReplaceAsync(today, truth);
            differs = false;
        }
        _differedLastTime = differs;
    }
}
