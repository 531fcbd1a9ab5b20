using Platform.Disclosure.Data;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Disclosure.Publications;

/// <summary>索引号: organ code / year - five-digit running number of the year, e.g. MB1957123/2025-00042.</summary>
public static class PublicationNumbers
{
    /// <summary>The next index number of the creation year (in the transaction that stores the publication).</summary>
    public static async Task<string> NextAsync(DisclosureDbContext db, string organCode, DateOnly created,
        CancellationToken cancellationToken)
    {
        var year = created.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var number = await RunningNumbers.NextAsync(db, "publication", year, cancellationToken);
        return $"{organCode}/{year}-{number:D5}";
    }
}
