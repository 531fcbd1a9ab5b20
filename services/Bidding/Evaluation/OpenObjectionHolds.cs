using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Recordings;

namespace Platform.Bidding.Evaluation;

/// <summary>
/// A project with an objection not yet answered keeps its recordings past their retention: the answer may need them
/// as evidence (DESIGN §6: "kept 60 days, longer while an objection is open").
/// </summary>
public sealed class OpenObjectionHolds : IRecordingHolds
{
    public async Task<ISet<Guid>> ProjectsOnHoldAsync(BiddingDbContext db, CancellationToken cancellationToken) =>
        (await db.Set<Objection>().AsNoTracking().Where(o => o.DecidedAt == null).Select(o => o.ProjectId)
            .Distinct().ToListAsync(cancellationToken)).ToHashSet();
}
