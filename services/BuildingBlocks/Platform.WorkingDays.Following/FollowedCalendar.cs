using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Persistence;

namespace Platform.WorkingDays.Following;

/// <summary>
/// How a service follows the calendar (DESIGN §4): the years an administrator loaded are stored in the service's
/// database (table calendar_years), loaded into its <see cref="CalendarHolder"/> at start, and each CalendarChanged
/// rebuilds the holder after the service recomputed its open deadlines with the new calendar. Each service keeps its
/// holder as <c>&lt;Service&gt;/Calendar/&lt;Service&gt;Calendar.cs</c>.
/// </summary>
public static class FollowedCalendar
{
    public static ModelBuilder AddLoadedCalendarYears(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LoadedCalendarYear>(year =>
        {
            year.ToTable("calendar_years");
            year.HasKey(y => y.Year);
            year.Property(y => y.Year).ValueGeneratedNever();
            year.Property(y => y.Days)
                .HasConversion(new JsonColumnConverter<List<SpecialDay>>(), new JsonColumnComparer<List<SpecialDay>>());
        });
        return modelBuilder;
    }

    /// <summary>Registers the holder and loads the stored years into it when the service starts.</summary>
    public static IServiceCollection AddFollowedCalendar<TContext, THolder>(this IServiceCollection services)
        where TContext : DbContext
        where THolder : CalendarHolder
    {
        services.AddSingleton<THolder>();
        services.AddHostedService<CalendarYearsLoader<TContext, THolder>>();
        services.AddHostedService<CalendarYearsRefresh<TContext, THolder>>();
        return services;
    }

    internal static IEnumerable<CalendarYear> Years(IEnumerable<LoadedCalendarYear> years) =>
        years.Select(y => new CalendarYear(y.Year, y.Days));
}
