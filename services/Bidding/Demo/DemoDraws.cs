using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Bidding.Demo;

/// <summary>
/// The demo's draws, scheduled (a fresh secret and its commitment) and performed (<see cref="DrawAlgorithm"/>), as
/// DrawsApi does, and the fixed-price selection's award to the drawn firm.
/// </summary>
static class DemoDraws
{
    public static Draw Drawn(Guid projectId, string purpose, string? specialty, int count,
        IEnumerable<string> candidates, IEnumerable<string> conflicts, DateTimeOffset scheduledAt,
        DateTimeOffset drawnAt)
    {
        var secret = DrawAlgorithm.NewSecret();
        var draw = new Draw
        {
            DrawId = Guid.CreateVersion7(scheduledAt),
            ProjectId = projectId,
            Purpose = purpose,
            Specialty = specialty,
            Count = count,
            Secret = secret,
            Commitment = DrawAlgorithm.Commitment(secret),
            ScheduledAt = scheduledAt,
            ScheduledBy = "trading01",
            DrawnAt = drawnAt,
            DrawnBy = "trading01",
            Candidates = DrawAlgorithm.Sorted(candidates),
            Conflicts = conflicts.ToList(),
        };
        draw.Selected = DrawAlgorithm.Select(draw.PublicId, draw.Secret, draw.Candidates, count);
        return draw;
    }

    /// <summary>固定价比选: the firm drawn gets the project at the fixed price (the budget).</summary>
    public static async Task AwardDrawnAsync(BiddingDbContext db, TradingProject project, Draw draw,
        CancellationToken cancellationToken)
    {
        var at = draw.DrawnAt!.Value;
        var firm = draw.Selected.Single();
        project.Status = ProjectStatus.Awarded;
        (project.Winner, project.AwardAmount, project.AwardedAt, project.ValidBids) =
            (firm, project.Budget, at, draw.Candidates.Count);
        await ProjectRecord.AppendAsync(db, project.Id, at, "award",
            new { drawId = draw.PublicId, firm, price = project.Budget }, cancellationToken);
        db.AddEvent(new TradingProjectAwarded(project.Id, project.Procedure, project.Category, project.Budget,
            project.Budget, firm, draw.Candidates.Count, at));
    }
}
