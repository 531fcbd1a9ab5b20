namespace Platform.Intake.Cases;

/// <summary>What anyone holding the case number and the second factor sees (查询进度).</summary>
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
    IReadOnlyList<TimelineEntry> Timeline)
{
    public static CaseStatusView Of(Case c) => new(
        c.CaseNo, c.MatterName, c.Applicant.MaskedName, c.Status, IntakeLabels.Of(c.Status), c.AcceptedAt,
        c.DueDate, c.DueDateProvisional, c.CompletedAt, c.Result, c.Timeline);
}
