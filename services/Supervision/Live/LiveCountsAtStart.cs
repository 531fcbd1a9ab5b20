using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Live;

/// <summary>
/// Rebuilds today's counters when supervision starts (registered before the bus, so nothing is consumed yet).
/// </summary>
sealed class LiveCountsAtStart(IServiceScopeFactory scopes, ILiveCounters counters, HallClock clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
        var today = HallTime.DateOf(clock.Now);
        await counters.ReplaceAsync(today, await LiveCountsRebuild.FromReadModelAsync(db, today, cancellationToken));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
