using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>
/// The calendar every catalogue request computes with: the built-in national data plus the years administrators
/// loaded (kept in the catalogue database). Held in memory, so no request touches the database per day.
/// </summary>
public static class CalendarProvider
{
    public static async Task ReloadAsync(this CalendarHolder holder, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.CalendarYears.AsNoTracking()
            .Where(y => y.Region == CalendarData.NationalRegion)
            .ToListAsync(cancellationToken);
        holder.Rebuild(stored.Select(y => new CalendarYear(y.Year, y.Days)));
    }
}

/// <summary>Loads the stored years once the database is ready, before the service takes requests.</summary>
sealed class CalendarLoader(IServiceScopeFactory scopes, CalendarHolder provider) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await provider.ReloadAsync(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
