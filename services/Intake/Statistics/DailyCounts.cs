using Platform.Contracts.Intake;

namespace Platform.Intake.Statistics;

public static class DailyCounts
{
    public static List<DailyCount> Merge(IEnumerable<(DateOnly Date, int Count)> accepted,
        IEnumerable<(DateOnly Date, int Count)> completed) =>
        accepted.Select(a => new DailyCount(a.Date, a.Count, 0))
            .Concat(completed.Select(c => new DailyCount(c.Date, 0, c.Count)))
            .GroupBy(d => d.Date).OrderBy(g => g.Key)
            .Select(g => new DailyCount(g.Key, g.Sum(d => d.Accepted), g.Sum(d => d.Completed))).ToList();
}
