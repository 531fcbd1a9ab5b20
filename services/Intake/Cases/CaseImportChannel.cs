using System.Globalization;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Cases;

/// <summary>
/// The optional columns channel, pointCode and visits of a historical import; absent or empty they mean what an old
/// system's window case was: the window, the county hall, one visit.
/// </summary>
sealed record CaseImportChannel(string Channel, string? PointCode, string PointLevel, int Visits)
{
    const int MaxVisits = 99;

    /// <summary>ApplicationChannels' values (cases do not depend on the applications folder).</summary>
    static readonly string[] Channels = ["window", "online", "agent"];

    public static CaseImportChannel Read(CsvRow cells, IReadOnlyDictionary<string, LocalServicePoint> points,
        Action<string, string> error)
    {
        var channel = cells["channel"] is { Length: > 0 } given ? given : Channels[0];
        if (!Channels.Contains(channel))
        {
            error("channel", "应为 window（窗口）、online（网上）或 agent（代办），或留空表示窗口。");
        }
        LocalServicePoint? point;
        if (cells["pointCode"] is { Length: > 0 } code)
        {
            if (!points.TryGetValue(code, out point))
            {
                error("pointCode", $"服务网点“{code}”不存在（应为已发布的县、镇、村网点编码），或留空表示县政务服务中心。");
            }
        }
        else
        {
            point = points.Values.Where(p => p.Level == PointLevels.County).MinBy(p => p.Code);
        }
        var visits = 1;
        if (cells["visits"].Length > 0
            && (!int.TryParse(cells["visits"], NumberStyles.None, CultureInfo.InvariantCulture, out visits)
                || visits > MaxVisits))
        {
            error("visits", $"跑动次数应为 0 到 {MaxVisits} 的整数，或留空表示 1 次。");
        }
        return new CaseImportChannel(channel, point?.Code, point?.Level ?? PointLevels.County, visits);
    }
}
