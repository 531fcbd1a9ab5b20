using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Statistics;

public sealed record DailyCount(DateOnly Date, int Accepted, int Completed);

/// <summary>Intake's own count of accepted and completed cases per day: what supervision reconciles against.</summary>
public static class DailyCountsApi
{
    public static RouteGroupBuilder MapDailyCountsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics/daily", Get).RequireAuthorization(Roles.Supervisor).WithTags("statistics");
        return api;
    }

    static async Task<Results<Ok<List<DailyCount>>, ProblemHttpResult>> Get(string? from, string? to, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        var accepted = await db.Cases.Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end)
            .GroupBy(c => c.AcceptedDate).Select(g => new { Date = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var completed = await db.Cases.Where(c => c.CompletedDate >= start && c.CompletedDate <= end)
            .GroupBy(c => c.CompletedDate!.Value).Select(g => new { Date = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return TypedResults.Ok(DailyCounts.Merge(accepted.Select(a => (a.Date, a.Count)), completed.Select(c => (c.Date, c.Count))));
    }
}

public static class DailyCounts
{
    public static List<DailyCount> Merge(IEnumerable<(DateOnly Date, int Count)> accepted, IEnumerable<(DateOnly Date, int Count)> completed) =>
        accepted.Select(a => new DailyCount(a.Date, a.Count, 0)).Concat(completed.Select(c => new DailyCount(c.Date, 0, c.Count)))
            .GroupBy(d => d.Date).OrderBy(g => g.Key)
            .Select(g => new DailyCount(g.Key, g.Sum(d => d.Accepted), g.Sum(d => d.Completed))).ToList();
}
