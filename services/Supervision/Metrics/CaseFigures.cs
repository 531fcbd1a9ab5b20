using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Metrics;

/// <summary>
/// The two passes every §5 figure is made of, counted in the database per group (department, window, point; the whole
/// scope is the sum of its groups): the accepted cases of the period and the completed ones.
/// </summary>
static class CaseFigures
{
    public static Task<List<AcceptedFigures>> AcceptedByAsync(IQueryable<SupervisedCase> scope, DateOnly start,
        DateOnly end, Expression<Func<SupervisedCase, string?>> key, CancellationToken cancellationToken) =>
        scope.Where(c => c.AcceptedDate >= start && c.AcceptedDate <= end).GroupBy(key)
            .Select(g => new AcceptedFigures(g.Key, g.Count(), g.Count(c => c.Instant == true),
                g.Count(c => c.Channel == null || c.Channel == "window"), g.Count(c => c.Channel == "online"),
                g.Count(c => c.Channel == "agent"), g.Count(c => (c.Visits ?? 1) == 0),
                g.Count(c => (c.Visits ?? 1) <= 1)))
            .ToListAsync(cancellationToken);

    public static Task<List<CompletedFigures>> CompletedByAsync(IQueryable<SupervisedCase> scope, DateOnly start,
        DateOnly end, Expression<Func<SupervisedCase, string?>> key, CancellationToken cancellationToken) =>
        Completed(scope, start, end).GroupBy(key)
            .Select(g => new CompletedFigures(g.Key, g.Count(), g.Count(c => c.OnTheSpot == true),
                g.Count(c => c.OnTime == true),
                g.Sum(c => c.StatutoryLimitDays != null ? c.StatutoryLimitDays.Value - c.WorkingDaysUsed!.Value : 0),
                g.Sum(c => c.WorkingDaysUsed ?? 0)))
            .ToListAsync(cancellationToken);

    public static IQueryable<SupervisedCase> Completed(IQueryable<SupervisedCase> scope, DateOnly start,
        DateOnly end) =>
        scope.Where(c => c.CompletedDate >= start && c.CompletedDate <= end && c.WorkingDaysUsed != null);

    public static AcceptedFigures Sum(IReadOnlyCollection<AcceptedFigures> groups) =>
        groups.Aggregate(AcceptedFigures.None, (a, b) => new(null, a.Count + b.Count, a.Instant + b.Instant,
            a.Window + b.Window, a.Online + b.Online, a.Agent + b.Agent, a.ZeroVisits + b.ZeroVisits,
            a.AtMostOneVisit + b.AtMostOneVisit));

    public static CompletedFigures Sum(IReadOnlyCollection<CompletedFigures> groups) =>
        groups.Aggregate(CompletedFigures.None, (a, b) => new(null, a.Count + b.Count, a.OnTheSpot + b.OnTheSpot,
            a.OnTime + b.OnTime, a.TimeSaved + b.TimeSaved, a.DaysUsed + b.DaysUsed));
}
