using System.Globalization;

namespace Platform.ServiceDefaults.Http;

/// <summary>Dates at the edge are exactly yyyy-MM-dd (DESIGN §7); anything else is refused, never guessed.</summary>
public static class Dates
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A report period [from, to], both ends included, at most ten years long; null when it is not one.</summary>
    public static (DateOnly From, DateOnly To)? Period(string? from, string? to) =>
        TryParse(from, out var start) && TryParse(to, out var end) && start <= end && end.DayNumber - start.DayNumber <= 3660
            ? (start, end) : null;
}
