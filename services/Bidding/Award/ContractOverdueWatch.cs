using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Record;
using Platform.ServiceDefaults.Jobs;
using Platform.WorkingDays;

namespace Platform.Bidding.Award;

/// <summary>
/// Hourly: each awarded project whose contract is overdue gets, once, a warning entry "contract-overdue" in its
/// record, so supervision and the public see the lapse. Supervision's WarningRaised is about cases (case number,
/// department), so it is not published; the overdue list is GET /api/bidding/contracts/overdue.
/// </summary>
public sealed class ContractOverdueWatch(IServiceScopeFactory scopes, HallClock clock,
    ILogger<ContractOverdueWatch> logger) : PeriodicJob<BiddingDbContext>(scopes, logger)
{
    public const string Kind = "contract-overdue";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override bool RunsAtStart => true;

    protected override async Task RunAsync(BiddingDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var overdue = await OverdueContracts.FindAsync(db, now, cancellationToken);
        var ids = overdue.Select(o => o.ProjectId).ToList();
        var warned = await db.RecordEntries.AsNoTracking().Where(e => ids.Contains(e.ProjectId) && e.Kind == Kind)
            .Select(e => e.ProjectId).ToListAsync(cancellationToken);
        var fresh = overdue.Where(o => !warned.Contains(o.ProjectId)).ToList();
        foreach (var project in fresh)
        {
            await ProjectRecord.AppendAsync(db, project.ProjectId, now, Kind,
                new { awardedAt = project.AwardedAt, contractDueAt = project.ContractDueAt }, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        if (fresh.Count > 0)
        {
            logger.LogInformation("Recorded {Count} overdue contracts", fresh.Count);
        }
    }
}
