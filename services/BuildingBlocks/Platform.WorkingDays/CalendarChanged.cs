namespace Platform.WorkingDays;

/// <summary>
/// An administrator loaded or replaced one year of a region's working-day calendar. The calendar building block owns
/// this event (the catalogue publishes it, every service that counts deadlines follows it), and Days carries the whole
/// notice, so each service rebuilds the same calendar (and so the same Version) without calling the catalogue.
/// </summary>
public sealed record CalendarChanged(string Region, int Year, string Version, IReadOnlyList<SpecialDay> Days,
    DateTimeOffset ChangedAt);
