using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Experts;

namespace Platform.Bidding.Evaluation;

/// <summary>
/// The evaluation committee of a project: the experts selected by its performed expert draws (a redraw adds to
/// it), by code, with each expert's sign-in account from the pool. Null when the project has no expert draw.
/// </summary>
public static class ProjectExperts
{
    public static async Task<Dictionary<string, string>?> OfAsync(BiddingDbContext db, Guid projectId,
        CancellationToken cancellationToken)
    {
        var draws = await db.Set<Draw>().AsNoTracking()
            .Where(d => d.ProjectId == projectId && d.Purpose == DrawPurposes.Experts && d.DrawnAt != null)
            .ToListAsync(cancellationToken);
        if (draws.Count == 0)
        {
            return null;
        }
        var codes = draws.SelectMany(d => d.Selected).Distinct().ToList();
        return await db.Set<Expert>().AsNoTracking().Where(e => codes.Contains(e.Code))
            .ToDictionaryAsync(e => e.Code, e => e.Account, cancellationToken);
    }

    /// <summary>The expert code under which <paramref name="account"/> sits on the committee, or null.</summary>
    public static string? CodeOf(Dictionary<string, string>? committee, string account) =>
        committee?.FirstOrDefault(e => e.Value == account).Key;

    /// <summary>The valid bids (decrypted at the opening) in the ranking's shape.</summary>
    public static async Task<List<RankingBid>> ValidBidsAsync(BiddingDbContext db, Guid projectId,
        CancellationToken cancellationToken) =>
        (await db.Bids.AsNoTracking()
            .Where(b => b.ProjectId == projectId && b.Status == Bids.BidStatus.Decrypted)
            .ToListAsync(cancellationToken))
        .Select(b => new RankingBid(b.Id, b.FirmName, b.Price!.Value, b.SubmittedAt)).ToList();

    /// <summary>The current (not superseded) score sheets.</summary>
    public static async Task<List<ExpertScore>> SheetsAsync(BiddingDbContext db, Guid projectId,
        CancellationToken cancellationToken) =>
        (await db.Set<ExpertScore>().AsNoTracking().Where(s => s.ProjectId == projectId && s.SupersededAt == null)
            .ToListAsync(cancellationToken)).OrderBy(s => s.SubmittedAt).ToList();
}
