using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Calendar;

/// <summary>Intake's own calendar (in the standalone host the catalogue keeps another: each learns years its own way).</summary>
public sealed class IntakeCalendar : CalendarHolder;

/// <summary>A year's notice intake learnt from the catalogue's CalendarChanged event.</summary>
public sealed class LoadedCalendarYear
{
    public int Year { get; set; }
    public List<SpecialDay> Days { get; set; } = [];
}

/// <summary>
/// Stores the year and rebuilds the calendar; open cases' due dates are recomputed with it (DESIGN §4) and record the
/// new calendar version, in the same transaction as the inbox record.
/// </summary>
public sealed class CalendarChangedConsumer(IntakeDbContext db, IntakeCalendar calendar) : InboxConsumer<IntakeDbContext, CalendarChanged>(db)
{
    protected override async Task Handle(ConsumeContext<CalendarChanged> context)
    {
        var message = context.Message;
        var year = await Db.CalendarYears.SingleOrDefaultAsync(y => y.Year == message.Year, context.CancellationToken);
        if (year is null)
        {
            year = new LoadedCalendarYear { Year = message.Year };
            Db.CalendarYears.Add(year);
        }
        year.Days = message.Days.Select(d => new SpecialDay(d.Date, d.Name, d.IsOffDay)).ToList();

        var others = await Db.CalendarYears.AsNoTracking().Where(y => y.Year != message.Year).ToListAsync(context.CancellationToken);
        var candidate = new IntakeCalendar();
        candidate.Rebuild(others.Append(year).Select(y => new CalendarYear(y.Year, y.Days)));
        await Cases.CaseClock.RecomputeOpenCasesAsync(Db, candidate.Current, context.CancellationToken);
        // Swapped once the recomputation went through; if the commit then fails, the retry sets the same calendar.
        calendar.Rebuild(others.Append(year).Select(y => new CalendarYear(y.Year, y.Days)));
    }
}

/// <summary>Loads the years intake learnt before this start.</summary>
sealed class CalendarLoader(IServiceScopeFactory scopes, IntakeCalendar calendar) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var years = await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken);
        calendar.Rebuild(years.Select(y => new CalendarYear(y.Year, y.Days)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
