using Platform.Catalogue.Data;
using Platform.ServiceDefaults.Jobs;

namespace Platform.Catalogue.Calendar;

/// <summary>
/// Every catalogue replica reloads the stored years each minute: the CalendarChanged a replica publishes after loading
/// a year reaches only one of the others (competing consumers), so the rest learn it here.
/// </summary>
sealed class CalendarRefresh(IServiceScopeFactory scopes, CatalogueCalendar calendar, ILogger<CalendarRefresh> logger)
    : PeriodicJob<CatalogueDbContext>(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override bool OneReplicaRuns => false;

    protected override Task RunAsync(CatalogueDbContext db, CancellationToken cancellationToken) =>
        calendar.ReloadAsync(db, cancellationToken);
}
