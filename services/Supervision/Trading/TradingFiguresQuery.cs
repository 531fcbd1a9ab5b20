using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Trading;

/// <summary>
/// The trading figures over [start, end], hall dates, both ends included:
/// <list type="bullet">
/// <item>byProcedure: projects announced in the period, per procedure (every procedure present, 0 when none);</item>
/// <item>awarded: projects whose award (中标/成交) is dated in the period — "the awarded projects" below;</item>
/// <item>failed: projects whose 流标 is dated in the period;</item>
/// <item>budgetTotal, awardTotal: Σ budget and Σ award amount over the awarded projects, as their awards state
/// them;</item>
/// <item>savingRate: (budgetTotal − awardTotal) / budgetTotal; null when nothing was awarded or budgetTotal is
/// 0;</item>
/// <item>averageValidBids: mean of the awards' valid bids over the awarded projects; null when none;</item>
/// <item>objectionsRaised: objections raised in the period; objectionsUpheld: of those, the ones upheld (whenever
/// decided);</item>
/// <item>contractsSignedOnTime: awarded projects whose contract was signed within 30 days of the award (as bidding
/// judged it; signed whenever); contractsOnTimeRate: contractsSignedOnTime / awarded, null when none.</item>
/// </list>
/// </summary>
static class TradingFiguresQuery
{
    public static readonly string[] Procedures = ["open-tender", "inquiry", "negotiation", "fixed-price", "auction"];

    public static async Task<TradingFigures> ComputeAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        CancellationToken cancellationToken)
    {
        var announced = await db.TradingProjects.AsNoTracking()
            .Where(p => p.AnnouncedDate >= start && p.AnnouncedDate <= end && p.Procedure != null)
            .GroupBy(p => p.Procedure!).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var byProcedure = Procedures.ToDictionary(p => p, p => announced.GetValueOrDefault(p));
        // A period's awards are few; summed here because SQLite cannot sum decimals exactly.
        var awards = await db.TradingProjects.AsNoTracking()
            .Where(p => p.AwardedDate >= start && p.AwardedDate <= end)
            .Select(p => new { p.Budget, p.AwardAmount, p.ValidBids, p.ContractWithinDeadline })
            .ToListAsync(cancellationToken);
        var failed = await db.TradingProjects.AsNoTracking()
            .CountAsync(p => p.FailedDate >= start && p.FailedDate <= end, cancellationToken);
        var objections = await db.TradingObjections.AsNoTracking()
            .Where(o => o.RaisedDate >= start && o.RaisedDate <= end)
            .Select(o => o.Upheld).ToListAsync(cancellationToken);

        var awarded = awards.Count;
        var budget = awards.Sum(a => a.Budget ?? 0);
        var award = awards.Sum(a => a.AwardAmount ?? 0);
        var onTime = awards.Count(a => a.ContractWithinDeadline == true);
        return new TradingFigures(start, end, byProcedure, awarded, failed, budget, award,
            budget == 0 ? null : (double)((budget - award) / budget),
            awarded == 0 ? null : awards.Average(a => a.ValidBids ?? 0),
            objections.Count, objections.Count(upheld => upheld == true), onTime,
            awarded == 0 ? null : (double)onTime / awarded);
    }
}
