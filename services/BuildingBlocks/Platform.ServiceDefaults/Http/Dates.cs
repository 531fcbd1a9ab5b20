using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.ServiceDefaults.Http;

/// <summary>Dates at the edge are exactly yyyy-MM-dd (DESIGN §7); anything else is refused, never guessed.</summary>
public static partial class Dates
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// A report period [from, to], both ends included, at most ten years long; null when it is not one.
    /// </summary>
    public static (DateOnly From, DateOnly To)? Period(string? from, string? to) =>
        TryParse(from, out var start) && TryParse(to, out var end)
        && start <= end && end.DayNumber - start.DayNumber <= 3660
            ? (start, end) : null;

    /// <summary>
    /// An instant written ISO-8601 with its offset (2025-09-30T09:15:00+08:00); null for anything else.
    /// </summary>
    public static DateTimeOffset? Instant(string? text) =>
        text is not null && IsoInstant().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value : null;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoInstant();
}
