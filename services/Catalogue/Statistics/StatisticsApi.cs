using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Data;
using Platform.Catalogue.Matters;

namespace Platform.Catalogue.Statistics;

/// <summary>
/// Catalogue figures of DESIGN §5 over the current published matters: compressionDays is the mean of
/// (statutory − promised) over matters with a statutory limit; compressionRate is
/// Σ(statutory − promised) / Σ statutory.
/// </summary>
public static class StatisticsApi
{
    public static RouteGroupBuilder MapStatisticsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/statistics", Get).AllowAnonymous().WithTags("statistics")
            .WithSummary("查看事项目录统计");
        return api;
    }

    static async Task<Ok<CatalogueStatistics>> Get(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var matters = await db.PublishedMatters
            .Select(m => new
            {
                m.Elements.TypeCode,
                m.Elements.HandlingKind,
                m.Elements.StatutoryLimitDays,
                m.Elements.PromisedLimitDays,
                m.Elements.OnSiteVisits,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Compute(matters.Select(m =>
            (m.TypeCode, m.HandlingKind, m.StatutoryLimitDays, m.PromisedLimitDays, m.OnSiteVisits)).ToList()));
    }

    public static CatalogueStatistics Compute(
        IReadOnlyList<(string Type, HandlingKind Kind, int? Statutory, int Promised, int Visits)> matters)
    {
        double? Share(int count) => matters.Count == 0 ? null : (double)count / matters.Count;
        var withStatutory = matters.Where(m => m.Statutory is not null).ToList();
        var saved = withStatutory.Sum(m => m.Statutory!.Value - m.Promised);
        var statutorySum = withStatutory.Sum(m => m.Statutory!.Value);
        return new CatalogueStatistics(
            matters.Count,
            matters.GroupBy(m => m.Type).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            new Dictionary<string, int>
            {
                ["instant"] = matters.Count(m => m.Kind == HandlingKind.Instant),
                ["promised"] = matters.Count(m => m.Kind == HandlingKind.Promised),
            },
            Share(matters.Count(m => m.Kind == HandlingKind.Instant)),
            withStatutory.Count == 0 ? null : Math.Round((double)saved / withStatutory.Count, 2),
            statutorySum == 0 ? null : Math.Round((double)saved / statutorySum, 4),
            Share(matters.Count(m => m.Visits <= 1)),
            Share(matters.Count(m => m.Visits == 0)));
    }
}
