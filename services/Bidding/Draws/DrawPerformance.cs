using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Experts;
using Platform.ServiceDefaults.Http;

namespace Platform.Bidding.Draws;

/// <summary>Performing a scheduled draw: fixing its candidates, then selecting with the committed secret.</summary>
public static class DrawPerformance
{
    /// <summary>
    /// Fills in the draw's candidates, exclusions and selection; or returns the problem, the draw left unchanged.
    /// </summary>
    public static async Task<ProblemHttpResult?> PerformAsync(Draw draw, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        var (candidates, excluded) = draw.Purpose == DrawPurposes.Experts
            ? await ExpertCandidatesAsync(draw, db, cancellationToken)
            : (draw.Candidates, draw.Excluded);
        if (candidates.Count < draw.Count)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "too-few-candidates",
                $"可参与抽取的候选只有 {candidates.Count} 个（已排除 {excluded.Count} 个），少于要抽取的 {draw.Count} 个，"
                + "抽取未进行；请补充候选或减少抽取数量后重新安排抽取。");
        }
        draw.Candidates = candidates;
        draw.Excluded = excluded;
        draw.Selected = DrawAlgorithm.Select(draw.PublicId, draw.Secret, candidates, draw.Count);
        return null;
    }

    /// <summary>
    /// The active experts of the specialty as they stand at the draw (not at the scheduling: the pool may change in
    /// between, and the draw is what the public checks), by code, less the exclusions given and those in conflict.
    /// </summary>
    static async Task<(List<string>, List<DrawExclusion>)> ExpertCandidatesAsync(Draw draw, BiddingDbContext db,
        CancellationToken cancellationToken)
    {
        var active = await db.Set<Expert>().AsNoTracking().Where(e => e.Active).ToListAsync(cancellationToken);
        var excluded = draw.Excluded.ToList();
        var given = excluded.Select(e => e.Candidate).ToHashSet(StringComparer.Ordinal);
        var eligible = new List<string>();
        foreach (var expert in active.Where(e => e.Specialties.Contains(draw.Specialty!)))
        {
            if (given.Contains(expert.Code))
            {
                continue;
            }
            if (ExpertConflicts.Reason(expert, draw.Conflicts) is { } reason)
            {
                excluded.Add(new(expert.Code, reason));
                continue;
            }
            eligible.Add(expert.Code);
        }
        return (DrawAlgorithm.Sorted(eligible), excluded.OrderBy(e => e.Candidate, StringComparer.Ordinal).ToList());
    }
}
