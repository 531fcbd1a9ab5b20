using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Jobs;

namespace Platform.WorkingDays.Following;

/// <summary>
/// Every replica reloads its holder from the stored years each minute: a CalendarChanged is consumed by one replica
/// of a service (competing consumers), which stores the year; the others learn it here instead of dating cases with
/// an old calendar until they restart.
/// </summary>
sealed class CalendarYearsRefresh<TContext, THolder>(IServiceScopeFactory scopes, THolder calendar,
    ILogger<CalendarYearsRefresh<TContext, THolder>> logger) : PeriodicJob<TContext>(scopes, logger)
    where TContext : DbContext
    where THolder : CalendarHolder
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override bool OneReplicaRuns => false;

    protected override async Task RunAsync(TContext db, CancellationToken cancellationToken)
    {
        var years = await db.Set<LoadedCalendarYear>().AsNoTracking().ToListAsync(cancellationToken);
        calendar.Rebuild(FollowedCalendar.Years(years));
    }
}
