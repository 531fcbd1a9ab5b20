namespace Platform.Contracts.Catalogue;

/// <summary>
/// An administrator loaded or replaced one year of a region's working-day calendar. Days carries the whole notice,
/// so every service can rebuild the same calendar (and so the same Version) without calling the catalogue.
/// </summary>
public sealed record CalendarChanged(string Region, int Year, string Version, IReadOnlyList<CalendarNoticeDay> Days,
    DateTimeOffset ChangedAt);
