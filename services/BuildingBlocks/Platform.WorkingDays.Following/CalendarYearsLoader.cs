using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.WorkingDays.Following;

/// <summary>Loads the years a service stored into its holder when it starts, before it takes requests.</summary>
sealed class CalendarYearsLoader<TContext, THolder>(IServiceScopeFactory scopes, THolder calendar) : IHostedService
    where TContext : DbContext
    where THolder : CalendarHolder
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var years = await db.Set<LoadedCalendarYear>().AsNoTracking().ToListAsync(cancellationToken);
        calendar.Rebuild(FollowedCalendar.Years(years));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
