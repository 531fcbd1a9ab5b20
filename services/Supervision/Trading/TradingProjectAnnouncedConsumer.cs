using Platform.Contracts.Bidding;
using Platform.Supervision.Data;
using Platform.WorkingDays;

namespace Platform.Supervision.Trading;

/// <summary>公告: the announcement date; the procedure, category and budget unless the award told them.</summary>
public sealed class TradingProjectAnnouncedConsumer(SupervisionDbContext db)
    : TradingProjectConsumer<TradingProjectAnnounced>(db)
{
    protected override Guid ProjectId(TradingProjectAnnounced message) => message.ProjectId;

    protected override void Apply(TradingProjectAnnounced m, SupervisedTradingProject project)
    {
        project.AnnouncedDate = HallTime.DateOf(m.AnnouncedAt);
        // The award states the budget the project was awarded against: it wins over the announcement's.
        if (project.AwardedDate is null)
        {
            project.Procedure = m.Procedure;
            project.Category = m.Category;
            project.Budget = m.Budget;
        }
    }
}
