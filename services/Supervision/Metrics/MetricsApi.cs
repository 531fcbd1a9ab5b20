using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;

namespace Platform.Supervision.Metrics;

public static class MetricsApi
{
    public static RouteGroupBuilder MapMetricsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/metrics", Get).RequireAuthorization(Roles.Supervisor).WithTags("metrics");
        api.MapGet("/rankings/{dimension}", Rank).RequireAuthorization(Roles.Supervisor).WithTags("metrics");
        api.MapGet("/series", Series).RequireAuthorization(Roles.Supervisor).WithTags("metrics");
        return api;
    }

    static async Task<Results<Ok<EfficiencyMetrics>, ProblemHttpResult>> Get(string? from, string? to,
        string? department, string? window, string? matter, SupervisionDbContext db,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        return TypedResults.Ok(await ComputeAsync(db, start, end, department, window, matter, cancellationToken));
    }

    internal static async Task<EfficiencyMetrics> ComputeAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        string? department, string? window, string? matter, CancellationToken cancellationToken)
    {
        var scope = db.Cases.AsNoTracking();
        if (department is not null)
        {
            scope = scope.Where(c => c.DepartmentCode == department);
        }
        if (window is not null)
        {
            scope = scope.Where(c => c.WindowNo == window);
        }
        if (matter is not null)
        {
            scope = scope.Where(c => c.MatterCode == matter);
        }

        // One pass each over the accepted and the completed cases of the period, counted in the database.
        var acceptedCounts = await scope.Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Instant = g.Count(c => c.Instant == true) })
            .SingleOrDefaultAsync(cancellationToken);
        var (acceptedCount, instant) = (acceptedCounts?.Count ?? 0, acceptedCounts?.Instant ?? 0);
        var done = await Completed(scope, start, end).GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Spot = g.Count(c => c.OnTheSpot == true),
            OnTime = g.Count(c => c.OnTime == true),
            Saved = g.Sum(c =>
                c.StatutoryLimitDays != null ? c.StatutoryLimitDays.Value - c.WorkingDaysUsed!.Value : 0),
            Used = g.Sum(c => c.WorkingDaysUsed ?? 0),
        }).SingleOrDefaultAsync(cancellationToken);
        var openOverdue = await scope.CountAsync(c => c.AcceptedDate <= end
            && (c.CompletedDate == null || c.CompletedDate > end) && c.DueDate < end, cancellationToken);

        var completed = done?.Count ?? 0;
        return new EfficiencyMetrics(start, end, acceptedCount, instant, Rate(instant, acceptedCount), completed,
            done?.Spot ?? 0, Rate(done?.Spot ?? 0, completed), done?.OnTime ?? 0, Rate(done?.OnTime ?? 0, completed),
            completed - (done?.OnTime ?? 0), done?.Saved ?? 0, Rate(done?.Used ?? 0, completed), openOverdue);
    }

    /// <summary>Departments or windows side by side for a period, best on-time rate first.</summary>
    static async Task<Results<Ok<List<RankingRow>>, ProblemHttpResult>> Rank(string dimension, string? from, string? to,
        SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        if (dimension is not ("departments" or "windows"))
        {
            return Problems.NotFound("unknown-ranking", "排名维度应为 departments（部门）或 windows（窗口）。");
        }
        return TypedResults.Ok(await RankAsync(db, start, end, dimension == "windows", cancellationToken));
    }

    internal static async Task<List<RankingRow>> RankAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        bool byWindow, CancellationToken cancellationToken)
    {
        var accepted = await db.Cases.AsNoTracking().Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end)
            .GroupBy(c => byWindow ? c.WindowNo : c.DepartmentCode).Select(g => new { Key = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key ?? "", g => g.Count, cancellationToken);
        var completed = await Completed(db.Cases.AsNoTracking(), start, end)
            .GroupBy(c => byWindow ? c.WindowNo : c.DepartmentCode).Select(g => new
            {
                Key = g.Key,
                Count = g.Count(),
                Spot = g.Count(c => c.OnTheSpot == true),
                OnTime = g.Count(c => c.OnTime == true),
                Saved = g.Sum(c =>
                    c.StatutoryLimitDays != null ? c.StatutoryLimitDays.Value - c.WorkingDaysUsed!.Value : 0),
            }).ToListAsync(cancellationToken);
        var completedByKey = completed.ToDictionary(c => c.Key ?? "");
        var rows = accepted.Keys.Union(completedByKey.Keys).Select(key =>
        {
            var done = completedByKey.GetValueOrDefault(key);
            return new RankingRow(key, accepted.GetValueOrDefault(key), done?.Count ?? 0,
                Rate(done?.Spot ?? 0, done?.Count ?? 0), Rate(done?.OnTime ?? 0, done?.Count ?? 0), done?.Saved ?? 0);
        });
        return rows.OrderByDescending(r => r.OnTimeRate ?? -1).ThenByDescending(r => r.OnTheSpotRate ?? -1)
            .ThenBy(r => r.Key).ToList();
    }

    /// <summary>Accepted and completed counts per day or per month, for the dashboard's charts.</summary>
    static async Task<Results<Ok<List<SeriesPoint>>, ProblemHttpResult>> Series(string? from, string? to,
        string? granularity, SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        if (granularity is not (null or "day" or "month"))
        {
            return Problems.Invalid([new("granularity", "粒度应为 day（按日）或 month（按月）。")]);
        }
        var accepted = await db.Cases.AsNoTracking().Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end)
            .GroupBy(c => c.AcceptedDate).Select(g => new { Day = g.Key!.Value, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var completed = await Completed(db.Cases.AsNoTracking(), start, end)
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

    static IQueryable<SupervisedCase> Completed(IQueryable<SupervisedCase> scope, DateOnly start, DateOnly end) =>
        scope.Where(c => c.CompletedDate >= start && c.CompletedDate <= end && c.WorkingDaysUsed != null);

    static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
