namespace Platform.Supervision.Metrics;

/// <summary>
/// What DESIGN §5 counts over the accepted cases of a period, for one group (the whole scope, or one ranking row): a
/// case not yet told its channel or visits counts as a window case with one visit (what an older publisher meant).
/// </summary>
public sealed record AcceptedFigures(string? Key, int Count, int Instant, int Window, int Online, int Agent,
    int ZeroVisits, int AtMostOneVisit)
{
    public static readonly AcceptedFigures None = new(null, 0, 0, 0, 0, 0, 0, 0);

    public ChannelCounts ByChannel => new(Window, Online, Agent);
    public double? ZeroVisitShare => MetricsApi.Rate(ZeroVisits, Count);
    public double? AtMostOneVisitShare => MetricsApi.Rate(AtMostOneVisit, Count);
}
