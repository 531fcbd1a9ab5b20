using MassTransit;
using Platform.Catalogue.Data;
using Platform.WorkingDays;

namespace Platform.Catalogue.Calendar;

/// <summary>
/// Another catalogue replica loaded a year: reload from the shared database. Reloading is idempotent, so a repeat
/// or a late copy of the event does no harm.
/// </summary>
public sealed class CalendarChangedConsumer(CatalogueCalendar provider, CatalogueDbContext db)
    : IConsumer<CalendarChanged>
{
    public Task Consume(ConsumeContext<CalendarChanged> context) => provider.ReloadAsync(db, context.CancellationToken);
}
