using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Catalogue;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Calendar;

/// <summary>A year's notice a service learnt from the catalogue's CalendarChanged event, kept in its own database.</summary>
public sealed class LoadedCalendarYear
{
    public int Year { get; set; }
    public List<SpecialDay> Days { get; set; } = [];
}

/// <summary>
/// How a service follows the catalogue's calendar (DESIGN §4): the years an administrator loaded are stored in the
/// service's database (table calendar_years), loaded into its <see cref="CalendarHolder"/> at start, and each
/// CalendarChanged rebuilds the holder after the service recomputed its open deadlines with the new calendar.
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
            year.Property(y => y.Days).HasConversion(new JsonColumnConverter<List<SpecialDay>>(), new JsonColumnComparer<List<SpecialDay>>());
        });
        return modelBuilder;
    }

    /// <summary>Registers the holder and loads the stored years into it when the service starts.</summary>
    public static IServiceCollection AddFollowedCalendar<TContext, THolder>(this IServiceCollection services)
        where TContext : DbContext where THolder : CalendarHolder
    {
        services.AddSingleton<THolder>();
        services.AddHostedService<CalendarYearsLoader<TContext, THolder>>();
        return services;
    }

    internal static IEnumerable<CalendarYear> Years(IEnumerable<LoadedCalendarYear> years) =>
        years.Select(y => new CalendarYear(y.Year, y.Days));
}

sealed class CalendarYearsLoader<TContext, THolder>(IServiceScopeFactory scopes, THolder calendar) : IHostedService
    where TContext : DbContext where THolder : CalendarHolder
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

/// <summary>
/// Stores the changed year and recomputes the service's open deadlines with the new calendar, in the same transaction as
/// the inbox record; the holder is swapped once the recomputation went through (a retry after a failed commit sets the
/// same calendar again).
/// </summary>
public abstract class CalendarChangedConsumer<TContext, THolder>(TContext db, THolder calendar) : InboxConsumer<TContext, CalendarChanged>(db)
    where TContext : DbContext where THolder : CalendarHolder
{
    protected override async Task Handle(ConsumeContext<CalendarChanged> context)
    {
        var message = context.Message;
        var years = Db.Set<LoadedCalendarYear>();
        var year = await years.SingleOrDefaultAsync(y => y.Year == message.Year, context.CancellationToken);
        if (year is null)
        {
            year = new LoadedCalendarYear { Year = message.Year };
            years.Add(year);
        }
        year.Days = message.Days.Select(d => new SpecialDay(d.Date, d.Name, d.IsOffDay)).ToList();

        var others = await years.AsNoTracking().Where(y => y.Year != message.Year).ToListAsync(context.CancellationToken);
        var candidate = new CalendarHolder();
        candidate.Rebuild(FollowedCalendar.Years(others.Append(year)));
        await RecomputeAsync(candidate.Current, context.CancellationToken);
        calendar.Use(candidate.Current);
    }

    /// <summary>Recompute the open deadlines with <paramref name="calendar"/> on <c>Db</c> (do not call SaveChanges).</summary>
    protected abstract Task RecomputeAsync(WorkingDayCalendar calendar, CancellationToken cancellationToken);
}
