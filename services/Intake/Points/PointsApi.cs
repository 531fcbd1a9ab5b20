using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Points;

/// <summary>The service points intake has heard of (from the catalogue's events), for consoles to name.</summary>
public static class PointsApi
{
    public static RouteGroupBuilder MapPointsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/points", List).WithTags("points").RequireAuthorization(PlatformAuthentication.Authenticated)
            .WithSummary("列出本人可受理的服务网点");
        return api;
    }

    /// <summary>County first, then towns, then villages, each by code (a handful of rows: ordered in memory).</summary>
    static async Task<Ok<List<PointView>>> List(IntakeDbContext db, CancellationToken cancellationToken)
    {
        var points = await db.ServicePoints.AsNoTracking().ToListAsync(cancellationToken);
        return TypedResults.Ok(points.OrderBy(p => PointLevels.Rank(p.Level))
            .ThenBy(p => p.Code, StringComparer.Ordinal).Select(PointView.Of).ToList());
    }
}
