using System.Globalization;

namespace Platform.ServiceDefaults.Http;

/// <summary>Dates at the edge are exactly yyyy-MM-dd (DESIGN §7); anything else is refused, never guessed.</summary>
public static class Dates
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
