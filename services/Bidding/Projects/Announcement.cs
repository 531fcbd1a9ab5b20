using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Bidding.Projects;

/// <summary>
/// What announcing a project stages besides the project itself, the same for the officer's announcement and the
/// demo data: the record's first entry and the event.
/// </summary>
public static class Announcement
{
    public static async Task StageAsync(BiddingDbContext db, TradingProject project,
        CancellationToken cancellationToken)
    {
        db.Projects.Add(project);
        await ProjectRecord.AppendAsync(db, project.Id, project.AnnouncedAt, "announcement", new
        {
            project.Name,
            project.Procedure,
            project.Category,
            project.Budget,
            project.BuyerName,
            project.BuyerCreditCode,
            project.EvaluationMethod,
            project.PriceWeight,
            project.BidDeadline,
            project.Documents,
            // The reserve price stays out: the record is public, the reserve is secret until the close.
            project.Increment,
        }, cancellationToken);
        db.AddEvent(new TradingProjectAnnounced(project.Id, project.Name, project.Procedure, project.Category,
            project.Budget, project.BuyerName, project.AnnouncedAt, project.BidDeadline));
    }
}
