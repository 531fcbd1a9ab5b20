namespace Platform.Intake.Cases;

/// <summary>
/// One row of the case list (审批人员待办, the window's cases of the day): the applicant masked, the working days left
/// by the hall calendar (negative when overdue, null once completed) and the warning colour supervision judges by.
/// </summary>
public sealed record CaseListItem(
    string CaseNo,
    string MatterCode,
    string MatterName,
    string DepartmentCode,
    string? DepartmentName,
    string Applicant,
    CaseStatus Status,
    string StatusLabel,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    bool DueDateProvisional,
    int? WorkingDaysLeft,
    string Warning,
    string? WindowNo,
    DateTimeOffset? SuspendedSince,
    DateTimeOffset? CompletedAt,
    bool? OnTime);
