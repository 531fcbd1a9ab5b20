using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Data;
using Platform.Bidding.Projects;
using Platform.WorkingDays;

namespace Platform.Bidding.Award;

/// <summary>
/// 合同签订跟踪: awarded projects whose contract is still not registered after the 30 days the law allows, with the
/// hall-calendar days overdue, for the trading officer to chase (and <see cref="ContractOverdueWatch"/> to record).
/// </summary>
public static class OverdueContracts
{
    public static async Task<List<OverdueContractView>> FindAsync(BiddingDbContext db, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var awarded = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Awarded && p.ContractSignedAt == null && p.AwardedAt != null)
            .ToListAsync(cancellationToken);
        return awarded.Select(p => (Project: p, Due: p.AwardedAt!.Value.AddDays(ProjectView.ContractDays)))
            .Where(x => now > x.Due)
            .OrderBy(x => x.Due)
            .Select(x => new OverdueContractView(x.Project.Id, x.Project.Name, x.Project.Winner,
                x.Project.AwardedAt!.Value, x.Due,
                Math.Max(1, HallTime.DateOf(now).DayNumber - HallTime.DateOf(x.Due).DayNumber)))
            .ToList();
    }

    public static async Task<Ok<List<OverdueContractView>>> ListAsync(BiddingDbContext db, HallClock clock,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await FindAsync(db, clock.Now, cancellationToken));
}
