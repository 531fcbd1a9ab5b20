using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.Supervision.Data;

namespace Platform.Supervision.Metrics;

/// <summary>Accepted and completed counts per day or per month, for the dashboard's charts.</summary>
static class MetricsSeries
{
    public static async Task<Results<Ok<List<SeriesPoint>>, ProblemHttpResult>> Series(string? from, string? to,
        string? granularity, string? point, string? level, SupervisionDbContext db,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        if (granularity is not (null or "day" or "month"))
        {
            return Problems.Invalid([new("granularity", "粒度应为 day（按日）或 month（按月）。")]);
        }
        if (PointScope.Refusal(point, level) is { } refusal)
        {
            return refusal;
        }
        var scope = (await PointScope.ForAsync(db, point, level, cancellationToken)).Apply(db.Cases.AsNoTracking());
        var accepted = await scope.Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end)
            .GroupBy(c => c.AcceptedDate).Select(g => new { Day = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var completed = await CaseFigures.Completed(scope, start, end)
            .GroupBy(c => c.CompletedDate).Select(g => new
            {
                Day = g.Key!.Value,
                Count = g.Count(),
                Spot = g.Count(c => c.OnTheSpot == true),
                OnTime = g.Count(c => c.OnTime == true),
            }).ToListAsync(cancellationToken);
        string Key(DateOnly day) => granularity == "month" ? $"{day:yyyy-MM}" : $"{day:yyyy-MM-dd}";
        var points = accepted.Select(a => (Key: Key(a.Day), a.Count, Completed: 0, Spot: 0, OnTime: 0))
            .Concat(completed.Select(c => (Key: Key(c.Day), Count: 0, Completed: c.Count, c.Spot, c.OnTime)))
            .GroupBy(p => p.Key).OrderBy(g => g.Key)
            .Select(g => new SeriesPoint(g.Key, g.Sum(p => p.Count), g.Sum(p => p.Completed), g.Sum(p => p.Spot),
                g.Sum(p => p.OnTime)))
            .ToList();
        return TypedResults.Ok(points);
    }
}
