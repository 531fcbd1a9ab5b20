using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Metrics;

/// <summary>
/// The service points side by side (服务网点排名): every published point the filters keep, with or without cases,
/// and any point cases name that catalogue has not published. Cases without a point are the county hall's.
/// </summary>
static class PointRanking
{
    public static async Task<List<PointRankingRow>> RankAsync(SupervisionDbContext db, DateOnly start, DateOnly end,
        PointScope points, CancellationToken cancellationToken)
    {
        var scope = points.Apply(db.Cases.AsNoTracking());
        var known = (await db.Points.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(p => p.Code);
        string KeyOf(string? code) => code ?? points.CountyCode ?? "";
        var accepted = (await CaseFigures.AcceptedByAsync(scope, start, end, c => c.PointCode, cancellationToken))
            .GroupBy(g => KeyOf(g.Key)).ToDictionary(g => g.Key, g => CaseFigures.Sum(g.ToList()));
        var completed = (await CaseFigures.CompletedByAsync(scope, start, end, c => c.PointCode, cancellationToken))
            .GroupBy(g => KeyOf(g.Key)).ToDictionary(g => g.Key, g => CaseFigures.Sum(g.ToList()));
        var keys = accepted.Keys.Union(completed.Keys)
            .Union(known.Values.Where(points.Keeps).Select(p => p.Code)).ToList();
        var levels = await LevelsOfUnknownAsync(scope, keys.Where(k => !known.ContainsKey(k)).ToList(),
            cancellationToken);

        var rows = keys.Select(key =>
        {
            var a = accepted.GetValueOrDefault(key) ?? AcceptedFigures.None;
            var done = completed.GetValueOrDefault(key) ?? CompletedFigures.None;
            var level = known.GetValueOrDefault(key)?.Level ?? levels.GetValueOrDefault(key) ?? PointScope.County;
            return new PointRankingRow(key, known.GetValueOrDefault(key)?.Name, level, PointRankingRow.LabelOf(level),
                a.Count, done.Count, MetricsApi.Rate(done.OnTheSpot, done.Count),
                MetricsApi.Rate(done.OnTime, done.Count), done.TimeSaved, a.ByChannel, a.ZeroVisitShare,
                a.AtMostOneVisitShare);
        });
        return rows.OrderByDescending(r => r.OnTimeRate ?? -1).ThenByDescending(r => r.OnTheSpotRate ?? -1)
            .ThenBy(r => r.Key).ToList();
    }

    /// <summary>The level the cases of a point catalogue has not published give it.</summary>
    static async Task<Dictionary<string, string?>> LevelsOfUnknownAsync(IQueryable<SupervisedCase> scope,
        List<string> codes, CancellationToken cancellationToken) =>
        codes.Count == 0
            ? []
            : await scope.Where(c => c.PointCode != null && codes.Contains(c.PointCode))
                .GroupBy(c => c.PointCode!).Select(g => new { g.Key, Level = g.Max(c => c.PointLevel) })
                .ToDictionaryAsync(g => g.Key, g => g.Level, cancellationToken);
}
