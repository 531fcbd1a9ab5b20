using Platform.Contracts.Intake;

namespace Platform.Intake.Cases;

/// <summary>A case as staff see it: personal data masked (the full identifier never leaves the service).</summary>
public sealed record CaseView(
    string CaseNo, string MatterCode, string MatterName, string DepartmentCode, string HandlingKind, int? StatutoryLimitDays,
    int PromisedLimitDays, int ExtensionDays, string ApplicantType, string Applicant, string ApplicantId, string? ApplicantPhone,
    string? ResponsibleStaff, string? WindowNo, CaseStatus Status, DateTimeOffset AcceptedAt, DateOnly DueDate,
    string CalendarVersion, int SuspendedWorkingDays, DateTimeOffset? CompletedAt, string? Result, string? DecisionNo,
    int? WorkingDaysUsed, bool? OnTheSpot, bool? OnTime, int? RatingScore, IReadOnlyList<TimelineEntry> Timeline)
{
    public static CaseView Of(Case c) => new(
        c.CaseNo, c.MatterCode, c.MatterName, c.DepartmentCode, c.HandlingKind, c.StatutoryLimitDays, c.PromisedLimitDays,
        c.ExtensionDays, c.Applicant.Type, c.Applicant.MaskedName, c.Applicant.MaskedId,
        Platform.ServiceDefaults.Identity.Masking.Phone(c.Applicant.Phone), c.ResponsibleStaff, c.WindowNo, c.Status,
        c.AcceptedAt, c.DueDate, c.CalendarVersion, c.SuspendedWorkingDays, c.CompletedAt, c.Result, c.DecisionNo,
        c.WorkingDaysUsed, c.OnTheSpot, c.OnTime, c.RatingScore, c.Timeline);
}

/// <summary>What anyone holding the case number and the second factor sees (查询进度).</summary>
public sealed record CaseStatusView(string CaseNo, string MatterName, string Applicant, CaseStatus Status, DateTimeOffset AcceptedAt,
    DateOnly DueDate, DateTimeOffset? CompletedAt, string? Result, IReadOnlyList<TimelineEntry> Timeline);

static class CaseEvents
{
    public static ApplicationAccepted Accepted(Case c) => new(c.CaseNo, c.MatterCode, c.MatterName, c.DepartmentCode,
        c.HandlingKind, c.StatutoryLimitDays, c.PromisedLimitDays, c.WindowNo, c.Applicant.Type, c.AcceptedAt, c.DueDate,
        c.CalendarVersion, c.Imported);

    public static CaseCompleted Completed(Case c) => new(c.CaseNo, c.MatterCode, c.DepartmentCode, c.WindowNo, c.Result!,
        c.AcceptedAt, c.CompletedAt!.Value, c.WorkingDaysUsed!.Value, c.SuspendedWorkingDays, c.OnTheSpot!.Value, c.OnTime!.Value,
        c.StatutoryLimitDays, c.PromisedLimitDays, c.CalendarVersion);
}
