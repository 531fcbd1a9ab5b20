using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Points;

/// <summary>
/// Where an application was taken in: the point it names, else its window's point, else the county hall.
/// </summary>
static class ServicePoints
{
    public static async Task<(string? Code, string Level)> ResolveAsync(IntakeDbContext db, string? pointCode,
        string? windowNo, CancellationToken cancellationToken)
    {
        var points = db.ServicePoints.AsNoTracking();
        var point = pointCode is not null
            ? await points.SingleOrDefaultAsync(p => p.Code == pointCode, cancellationToken)
            : null;
        if (point is null && windowNo is not null)
        {
            // A handful of points: the window lists are read whole rather than queried inside their JSON column.
            point = (await points.ToListAsync(cancellationToken))
                .FirstOrDefault(p => p.WindowNumbers.Contains(windowNo));
        }
        point ??= await points.Where(p => p.Level == "county").OrderBy(p => p.Code)
            .FirstOrDefaultAsync(cancellationToken);
        return point is null ? (pointCode, "county") : (point.Code, point.Level);
    }
}
