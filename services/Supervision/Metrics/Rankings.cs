using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.Supervision.Data;

namespace Platform.Supervision.Metrics;

/// <summary>
/// Departments, windows or service points side by side for a period (optionally within a point or a level), best
/// on-time rate first, then best on-the-spot rate.
/// </summary>
static class Rankings
{
    public static async Task<Results<Ok<List<RankingRow>>, Ok<List<PointRankingRow>>, ProblemHttpResult>> Rank(
        string dimension, string? from, string? to, string? point, string? level, SupervisionDbContext db,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        if (dimension is not ("departments" or "windows" or "points"))
        {
            return Problems.NotFound("unknown-ranking",
                "排名维度应为 departments（部门）、windows（窗口）或 points（服务网点）。");
        }
        if (PointScope.Refusal(point, level) is { } refusal)
        {
            return refusal;
        }
        var points = await PointScope.ForAsync(db, point, level, cancellationToken);
        return dimension == "points"
            ? TypedResults.Ok(await PointRanking.RankAsync(db, start, end, points, cancellationToken))
            : TypedResults.Ok(await RankAsync(db, start, end, dimension == "windows", points, cancellationToken));
    }

    public static async Task<List<RankingRow>> RankAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        bool byWindow, PointScope points, CancellationToken cancellationToken)
    {
        var scope = points.Apply(db.Cases.AsNoTracking());
        var accepted = (await CaseFigures.AcceptedByAsync(scope, start, end,
                c => byWindow ? c.WindowNo : c.DepartmentCode, cancellationToken))
            .ToDictionary(g => g.Key ?? "", g => g.Count);
        var completed = (await CaseFigures.CompletedByAsync(scope, start, end,
                c => byWindow ? c.WindowNo : c.DepartmentCode, cancellationToken))
            .ToDictionary(g => g.Key ?? "");
        var rows = accepted.Keys.Union(completed.Keys).Select(key =>
        {
            var done = completed.GetValueOrDefault(key) ?? CompletedFigures.None;
            return new RankingRow(key, accepted.GetValueOrDefault(key), done.Count,
                MetricsApi.Rate(done.OnTheSpot, done.Count), MetricsApi.Rate(done.OnTime, done.Count),
                done.TimeSaved);
        });
        return rows.OrderByDescending(r => r.OnTimeRate ?? -1).ThenByDescending(r => r.OnTheSpotRate ?? -1)
            .ThenBy(r => r.Key).ToList();
    }
}
