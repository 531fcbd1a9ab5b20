namespace Platform.Intake.Cases;

/// <summary>
/// What anyone holding the case number and the second factor sees (查询进度), and the applicant's own case list: with
/// the channel, visits and 送达 (the postal address stays off it; the result file downloads only when signed in).
/// </summary>
public sealed record CaseStatusView(
    string CaseNo,
    string MatterName,
    string Applicant,
    CaseStatus Status,
    string StatusLabel,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    bool DueDateProvisional,
    DateTimeOffset? CompletedAt,
    string? Result,
    IReadOnlyList<TimelineEntry> Timeline,
    string Channel,
    string PointLevel,
    int Visits,
    string? DeliveryMethod,
    DateTimeOffset? DeliveredAt,
    string? TrackingNumber,
    Guid? ResultFileId,
    string? ResultFileSha256)
{
    public static CaseStatusView Of(Case c) => new(
        c.CaseNo, c.MatterName, c.Applicant.MaskedName, c.Status, IntakeLabels.Of(c.Status), c.AcceptedAt,
        c.DueDate, c.DueDateProvisional, c.CompletedAt, c.Result, c.Timeline, c.Channel, c.PointLevel, c.Visits,
        c.DeliveryMethod, c.DeliveredAt, c.TrackingNumber, c.ResultFileId, c.ResultFileSha256);
}
