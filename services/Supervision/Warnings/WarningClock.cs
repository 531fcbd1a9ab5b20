using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Jobs;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// Moves the warnings on as the clock advances: evaluates every open case and approval task each
/// Supervision:Warnings:Interval (one replica per tick).
/// </summary>
sealed class WarningClock(IServiceScopeFactory scopes, SupervisionCalendar calendar, HallClock clock,
    IOptions<WarningOptions> options, ILogger<WarningClock> logger) : PeriodicJob<SupervisionDbContext>(scopes, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task RunAsync(SupervisionDbContext db, CancellationToken cancellationToken)
    {
        var raised = await WarningRules.EvaluateAsync(db, await WarningClocks.AllAsync(db, cancellationToken),
            clock.Now, calendar.Current, options.Value, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (raised > 0)
        {
            logger.LogInformation("Raised {Count} warnings", raised);
        }
    }
}
