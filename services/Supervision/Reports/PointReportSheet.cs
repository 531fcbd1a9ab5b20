using Platform.Supervision.Data;
using Platform.Supervision.Metrics;

namespace Platform.Supervision.Reports;

/// <summary>
/// The monthly report's 服务网点 sheet: the point ranking of the month, with each point's channels and the shares of
/// its cases that needed no trip (零跑动率) and at most one (最多跑一次率), rates as fractions like the other sheets.
/// </summary>
static class PointReportSheet
{
    public const string Title = "服务网点";

    public static async Task<List<Dictionary<string, object?>>> RowsAsync(SupervisionDbContext db, DateOnly start,
        DateOnly end, CancellationToken cancellationToken)
    {
        var scope = await PointScope.ForAsync(db, null, null, cancellationToken);
        var ranking = await PointRanking.RankAsync(db, start, end, scope, cancellationToken);
        return ranking.Select((r, i) => new Dictionary<string, object?>
        {
            ["名次"] = i + 1,
            ["网点编码"] = r.Key,
            ["网点名称"] = r.Name,
            ["层级"] = r.LevelLabel,
            ["受理"] = r.Accepted,
            ["窗口受理"] = r.ByChannel.Window,
            ["网上受理"] = r.ByChannel.Online,
            ["代办受理"] = r.ByChannel.Agent,
            ["零跑动率"] = r.ZeroVisitShare,
            ["最多跑一次率"] = r.AtMostOneVisitShare,
            ["办结"] = r.Completed,
            ["当场办结率"] = r.OnTheSpotRate,
            ["按时办结率"] = r.OnTimeRate,
            ["节约工作日"] = r.TimeSavedWorkingDays,
        }).ToList();
    }
}
