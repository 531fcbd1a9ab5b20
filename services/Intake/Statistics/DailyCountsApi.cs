using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Statistics;

/// <summary>Intake's own count of accepted and completed cases per day: what supervision reconciles against.</summary>
public static class DailyCountsApi
{
    public static RouteGroupBuilder MapDailyCountsApi(this RouteGroupBuilder api)
    {
        // Supervisors, and supervision itself reconciling with its own service token.
        api.MapGet("/statistics/daily", Get)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Supervisor, Roles.Service, Roles.Admin))
            .WithTags("statistics")
            .WithSummary("查看按日统计的受理与办结件数（供监督对账）");
        return api;
    }

    static async Task<Results<Ok<List<DailyCount>>, ProblemHttpResult>> Get(string? from, string? to,
        IntakeDbContext db, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        var accepted = await db.Cases.Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end)
            .GroupBy(c => c.AcceptedDate)
            .Select(g => new { Date = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var completed = await db.Cases.Where(c => c.CompletedDate >= start && c.CompletedDate <= end)
            .GroupBy(c => c.CompletedDate!.Value)
            .Select(g => new { Date = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(DailyCounts.Merge(accepted.Select(a => (a.Date, a.Count)),
            completed.Select(c => (c.Date, c.Count))));
    }
}
