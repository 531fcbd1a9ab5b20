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
        api.MapGet("/metrics", Get).RequireAuthorization(Roles.Supervisor).WithTags("metrics")
            .WithSummary("查看效能指标（按时办结率、满意率等）");
        api.MapGet("/rankings/{dimension}", Rankings.Rank).RequireAuthorization(Roles.Supervisor).WithTags("metrics")
            .WithSummary("按部门、窗口或事项查看排名");
        api.MapGet("/series", MetricsSeries.Series).RequireAuthorization(Roles.Supervisor).WithTags("metrics")
            .WithSummary("查看效能指标的时间序列");
        return api;
    }

    static async Task<Results<Ok<EfficiencyMetrics>, ProblemHttpResult>> Get(string? from, string? to,
        string? department, string? window, string? matter, string? point, string? level, SupervisionDbContext db,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        if (PointScope.Refusal(point, level) is { } refusal)
        {
            return refusal;
        }
        var points = await PointScope.ForAsync(db, point, level, cancellationToken);
        return TypedResults.Ok(
            await ComputeAsync(db, start, end, department, window, matter, points, cancellationToken));
    }

    internal static Task<EfficiencyMetrics> ComputeAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        string? department, string? window, string? matter, CancellationToken cancellationToken) =>
        ComputeAsync(db, start, end, department, window, matter, PointScope.Everywhere, cancellationToken);

    internal static async Task<EfficiencyMetrics> ComputeAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        string? department, string? window, string? matter, PointScope points, CancellationToken cancellationToken)
    {
        var scope = points.Apply(db.Cases.AsNoTracking());
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

        // One pass each over the accepted and the completed cases of the period, counted in the database (in a few
        // groups by channel, added up here).
        var accepted = CaseFigures.Sum(
            await CaseFigures.AcceptedByAsync(scope, start, end, c => c.Channel, cancellationToken));
        var done = CaseFigures.Sum(
            await CaseFigures.CompletedByAsync(scope, start, end, c => c.Channel, cancellationToken));
        var openOverdue = await scope.CountAsync(c => c.AcceptedDate <= end
            && (c.CompletedDate == null || c.CompletedDate > end) && c.DueDate < end, cancellationToken);

        return new EfficiencyMetrics(start, end, accepted.Count, accepted.Instant,
            Rate(accepted.Instant, accepted.Count), done.Count, done.OnTheSpot, Rate(done.OnTheSpot, done.Count),
            done.OnTime, Rate(done.OnTime, done.Count), done.Count - done.OnTime, done.TimeSaved,
            Rate(done.DaysUsed, done.Count), openOverdue, accepted.ByChannel, accepted.ZeroVisitShare,
            accepted.AtMostOneVisitShare);
    }

    /// <summary>Departments or windows side by side for a period, best on-time rate first.</summary>
    internal static Task<List<RankingRow>> RankAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        bool byWindow, CancellationToken cancellationToken) =>
        Rankings.RankAsync(db, start, end, byWindow, PointScope.Everywhere, cancellationToken);

    internal static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
