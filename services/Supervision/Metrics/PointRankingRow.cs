namespace Platform.Supervision.Metrics;

/// <summary>
/// One service point's figures for a period: the ranking's columns (as RankingRow) and its channel figures. Name is
/// null for a point catalogue has not published (yet).
/// </summary>
public sealed record PointRankingRow(string Key, string? Name, string Level, string LevelLabel, int Accepted,
    int Completed, double? OnTheSpotRate, double? OnTimeRate, int TimeSavedWorkingDays, ChannelCounts ByChannel,
    double? ZeroVisitShare, double? AtMostOneVisitShare)
{
    public static string LabelOf(string level) => level switch
    {
        "county" => "县级",
        "town" => "镇级",
        "village" => "村级",
        _ => level,
    };
}
