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
    public static async Task ReloadAsync(this CatalogueCalendar holder, CatalogueDbContext db,
        CancellationToken cancellationToken)
    {
        var stored = await db.CalendarYears.AsNoTracking()
            .Where(y => y.Region == CalendarData.NationalRegion)
            .ToListAsync(cancellationToken);
        holder.Rebuild(stored.Select(y => new CalendarYear(y.Year, y.Days)));
    }
}
