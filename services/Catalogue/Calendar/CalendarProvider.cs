using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>
/// The calendar every catalogue request computes with: the built-in national data plus the years administrators
/// loaded (kept in the catalogue database). Held in memory, so no request touches the database per day.
/// </summary>
public sealed class CalendarProvider
{
    volatile WorkingDayCalendar _current = CalendarData.National();

    public WorkingDayCalendar Current => _current;

    public async Task ReloadAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.CalendarYears.AsNoTracking()
            .Where(y => y.Region == CalendarData.NationalRegion)
            .ToListAsync(cancellationToken);
        var calendar = CalendarData.National();
        foreach (var year in stored.OrderBy(y => y.Year))
        {
            calendar = calendar.WithYear(new CalendarYear(year.Year, year.Days));
        }
        _current = calendar;
    }

    public void Use(WorkingDayCalendar calendar) => _current = calendar;
}

/// <summary>Loads the stored years once the database is ready, before the service takes requests.</summary>
sealed class CalendarLoader(IServiceScopeFactory scopes, CalendarProvider provider) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await provider.ReloadAsync(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
