using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;

namespace Platform.Supervision.Disclosure;

public static class DisclosureOversightApi
{
    public static RouteGroupBuilder MapDisclosureOversightApi(this RouteGroupBuilder api)
    {
        api.MapGet("/disclosure", Get).RequireAuthorization(Roles.Supervisor).WithTags("disclosure")
            .WithSummary("查看政务公开的监督数据");
        return api;
    }

    /// <summary>
    /// Requests replied in the period and how many on time; deadline warnings raised in it, by kind and level.
    /// </summary>
    static async Task<Results<Ok<DisclosureFigures>, ProblemHttpResult>> Get(string? from, string? to,
        SupervisionDbContext db, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        var replies = await db.DisclosureReplies.AsNoTracking()
            .Where(r => r.RepliedDate >= start && r.RepliedDate <= end)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), OnTime = g.Count(r => r.OnTime) })
            .SingleOrDefaultAsync(cancellationToken);
        var (replied, onTime) = (replies?.Count ?? 0, replies?.OnTime ?? 0);
        var warnings = await db.DisclosureDeadlines.AsNoTracking()
            .Where(w => w.RaisedDate >= start && w.RaisedDate <= end)
            .GroupBy(w => new { w.Subject, w.Level })
            .Select(g => new { g.Key.Subject, g.Key.Level, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Warnings(string subject, string? level) =>
            warnings.Where(w => w.Subject == subject && (level is null || w.Level == level)).Sum(w => w.Count);
        return TypedResults.Ok(new DisclosureFigures(start, end, replied, onTime,
            replied == 0 ? null : (double)onTime / replied,
            Warnings("request", "yellow"), Warnings("request", "red"), Warnings("publication", null)));
    }
}
