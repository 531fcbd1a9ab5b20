using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;

namespace Platform.Catalogue.Points;

/// <summary>The hall windows that belong to service points.</summary>
static class PointWindows
{
    /// <summary>Window numbers by point code (of one point, or of every point when code is null).</summary>
    public static async Task<Dictionary<string, List<string>>> NumbersAsync(CatalogueDbContext db, string? code,
        CancellationToken cancellationToken)
    {
        var windows = await db.Windows.AsNoTracking()
            .Where(w => w.PointCode != null && (code == null || w.PointCode == code))
            .Select(w => new { PointCode = w.PointCode!, w.Number }).ToListAsync(cancellationToken);
        return windows.GroupBy(w => w.PointCode)
            .ToDictionary(g => g.Key, g => g.Select(w => w.Number).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// Windows registered before the network was (no point) are the county hall's: they move under it when it is
    /// registered, so its event carries them.
    /// </summary>
    public static async Task AdoptUnassignedAsync(CatalogueDbContext db, string countyCode,
        CancellationToken cancellationToken)
    {
        foreach (var window in await db.Windows.Where(w => w.PointCode == null).ToListAsync(cancellationToken))
        {
            window.PointCode = countyCode;
        }
    }
}
