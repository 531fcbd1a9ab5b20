using Microsoft.Extensions.Options;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>
/// Moves the warnings on as the clock advances: evaluates every open case each Supervision:Warnings:Interval.
/// </summary>
sealed class WarningClock(IServiceScopeFactory scopes, SupervisionCalendar calendar, HallClock clock,
    IOptions<WarningOptions> options, ILogger<WarningClock> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<SupervisionDbContext>();
                var raised = await WarningRules.EvaluateAsync(db, WarningRules.Candidates(db), clock.Now,
                    calendar.Current, options.Value, stoppingToken);
                await db.SaveChangesAsync(stoppingToken);
                if (raised > 0)
                {
                    logger.LogInformation("Raised {Count} warnings", raised);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Warning evaluation failed; it runs again at the next tick");
            }
        }
    }
}
