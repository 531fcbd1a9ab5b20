using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Bidding.Award;

/// <summary>
/// The two ends of a project, whichever procedure reached them (tender, 固定价比选, auction): each sets the project,
/// appends the record entry and stages the event, so the caller's one save commits all three.
/// </summary>
public static class ProjectOutcome
{
    /// <summary>中标/成交 to <paramref name="winner"/> at <paramref name="amount"/> yuan.</summary>
    public static async Task AwardAsync(BiddingDbContext db, TradingProject project, Guid? bidId, string winner,
        decimal amount, int validBids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        project.Status = ProjectStatus.Awarded;
        (project.WinningBidId, project.Winner, project.AwardAmount, project.AwardedAt) = (bidId, winner, amount, now);
        await ProjectRecord.AppendAsync(db, project.Id, now, "award",
            new { bidId, firm = winner, price = amount }, cancellationToken);
        db.AddEvent(new TradingProjectAwarded(project.Id, project.Procedure, project.Category, project.Budget,
            amount, winner, validBids, now));
    }

    /// <summary>流标 (or 终止) with the reason shown to the public.</summary>
    public static async Task FailAsync(BiddingDbContext db, TradingProject project, int validBids, string reason,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        project.Status = ProjectStatus.Failed;
        project.FailedAt = now;
        project.FailureReason = reason;
        await ProjectRecord.AppendAsync(db, project.Id, now, "failed", new { validBids, reason }, cancellationToken);
        db.AddEvent(new TradingProjectFailed(project.Id, project.Procedure, project.Budget, validBids, reason, now));
    }
}
