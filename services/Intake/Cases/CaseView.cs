using Platform.ServiceDefaults.Identity;

namespace Platform.Intake.Cases;

/// <summary>
/// A case as staff see it: personal data masked (the full identifier never leaves the service); its channel, point
/// and visits (跑动次数), and 送达: the chosen method and address, and once delivered when, the tracking number or the
/// electronic result file with its SHA-256.
/// </summary>
public sealed record CaseView(
    string CaseNo,
    string MatterCode,
    string MatterName,
    string DepartmentCode,
    string HandlingKind,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    int ExtensionDays,
    string ApplicantType,
    string Applicant,
    string ApplicantId,
    string? ApplicantPhone,
    string? ResponsibleStaff,
    string? WindowNo,
    CaseStatus Status,
    string StatusLabel,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    bool DueDateProvisional,
    string CalendarVersion,
    int SuspendedWorkingDays,
    DateTimeOffset? CompletedAt,
    string? Result,
    string? DecisionNo,
    int? WorkingDaysUsed,
    bool WorkingDaysProvisional,
    bool? OnTheSpot,
    bool? OnTime,
    int? RatingScore,
    IReadOnlyList<TimelineEntry> Timeline,
    string Channel,
    string? PointCode,
    string PointLevel,
    int Visits,
    string? DeliveryMethod,
    string? DeliveryAddress,
    DateTimeOffset? DeliveredAt,
    string? TrackingNumber,
    Guid? ResultFileId,
    string? ResultFileSha256)
{
    public static CaseView Of(Case c) => new(
        c.CaseNo, c.MatterCode, c.MatterName, c.DepartmentCode, c.HandlingKind, c.StatutoryLimitDays,
        c.PromisedLimitDays, c.ExtensionDays, c.Applicant.Type, c.Applicant.MaskedName, c.Applicant.MaskedId,
        Masking.Phone(c.Applicant.Phone), c.ResponsibleStaff, c.WindowNo, c.Status, IntakeLabels.Of(c.Status),
        c.AcceptedAt, c.DueDate, c.DueDateProvisional, c.CalendarVersion, c.SuspendedWorkingDays, c.CompletedAt,
        c.Result, c.DecisionNo, c.WorkingDaysUsed, c.WorkingDaysProvisional, c.OnTheSpot, c.OnTime, c.RatingScore,
        c.Timeline, c.Channel, c.PointCode, c.PointLevel, c.Visits, c.DeliveryMethod, c.DeliveryAddress,
        c.DeliveredAt, c.TrackingNumber, c.ResultFileId, c.ResultFileSha256);
}
