using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Data;

namespace Platform.Supervision.Reconciliation;

/// <summary>
/// Compares supervision's per-day counts with intake's own (GET /api/intake/statistics/daily, reached at
/// Services:Intake with supervision's own credentials, never the caller's token): a lost or doubled event shows up
/// as a difference on its day.
/// </summary>
public static class ReconciliationApi
{
    public const string IntakeClient = "intake";

    public static RouteGroupBuilder MapReconciliationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reconciliation", Reconcile).RequireAuthorization(Roles.Supervisor).WithTags("reconciliation")
            .WithSummary("核对监督数据与受理系统的办件数");
        return api;
    }

    static async Task<Results<Ok<ReconciliationReport>, ProblemHttpResult>> Reconcile(string? from, string? to,
        HttpResponse answer, SupervisionDbContext db, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        if (Dates.Period(from, to) is not ({ } start, { } end))
        {
            return Problems.BadPeriod();
        }
        var client = clients.CreateClient(IntakeClient);
        using var call = new HttpRequestMessage(HttpMethod.Get, $"/api/intake/statistics/daily?from={from}&to={to}");
        List<DailyCount>? intake;
        try
        {
            using var response = await client.SendAsync(call, cancellationToken);
            response.EnsureSuccessStatusCode();
            intake = await response.Content.ReadFromJsonAsync<List<DailyCount>>(cancellationToken);
        }
        catch (HttpRequestException)
        {
            RetryAfter.Set(answer, DependencyOutage.RetryAfter);
            return Problems.Of(StatusCodes.Status503ServiceUnavailable, "intake-unreachable",
                "暂时无法从受理服务取得对账数据（受理服务不可达），请稍后重试。");
        }

        var accepted = await db.Cases.Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end)
            .GroupBy(c => c.AcceptedDate!.Value)
            .Select(g => new { Date = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var completed = await db.Cases
            .Where(c => c.CompletedDate >= start && c.CompletedDate <= end && c.WorkingDaysUsed != null)
            .GroupBy(c => c.CompletedDate!.Value)
            .Select(g => new { Date = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var mine = accepted.Select(a => (a.Date, Accepted: a.Count, Completed: 0))
            .Concat(completed.Select(c => (c.Date, Accepted: 0, Completed: c.Count)))
            .GroupBy(d => d.Date)
            .ToDictionary(g => g.Key, g => (Accepted: g.Sum(d => d.Accepted), Completed: g.Sum(d => d.Completed)));
        var theirs = (intake ?? []).ToDictionary(d => d.Date, d => (d.Accepted, d.Completed));

        var differences = new List<Difference>();
        foreach (var day in mine.Keys.Union(theirs.Keys).Order())
        {
            var (ia, ic) = theirs.GetValueOrDefault(day);
            var (sa, sc) = mine.GetValueOrDefault(day);
            if (ia != sa)
            {
                differences.Add(new Difference(day, "accepted", ia, sa));
            }
            if (ic != sc)
            {
                differences.Add(new Difference(day, "completed", ic, sc));
            }
        }
        return TypedResults.Ok(new ReconciliationReport(start, end,
            theirs.Values.Sum(d => d.Accepted), mine.Values.Sum(d => d.Accepted),
            theirs.Values.Sum(d => d.Completed), mine.Values.Sum(d => d.Completed),
            differences.Count == 0, differences));
    }
}
