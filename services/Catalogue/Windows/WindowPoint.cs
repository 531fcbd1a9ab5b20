using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Points;
using Platform.ServiceDefaults.Http;

namespace Platform.Catalogue.Windows;

/// <summary>Where a new window stands: a county or town point (villages have agents, not windows).</summary>
static class WindowPoint
{
    /// <summary>
    /// The point named, else the county hall when one is registered, else none; a point that cannot hold a window is
    /// added to errors.
    /// </summary>
    public static async Task<ServicePoint?> ResolveAsync(CatalogueDbContext db, string? pointCode,
        List<FieldError> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(pointCode))
        {
            return await db.ServicePoints.AsNoTracking()
                .FirstOrDefaultAsync(p => p.Level == PointLevels.County, cancellationToken);
        }
        var code = pointCode.Trim();
        var point = await db.ServicePoints.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (point is null)
        {
            errors.Add(new("pointCode", $"服务网点 {code} 不存在。"));
        }
        else if (point.Level == PointLevels.Village)
        {
            errors.Add(new("pointCode", $"{point.Code}（{point.Name}）是村级代办点，不设窗口；窗口应属于县级或镇级网点。"));
        }
        return point;
    }
}
