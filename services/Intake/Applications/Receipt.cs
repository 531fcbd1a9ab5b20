namespace Platform.Intake.Applications;

public sealed record Receipt(
    string CaseNo,
    string MatterCode,
    string MatterName,
    string DepartmentName,
    string Applicant,
    string ApplicantId,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    bool DueDateProvisional,
    int PromisedLimitDays,
    string CalendarVersion,
    string ResponsibleStaff,
    string? WindowNo,
    string Tracking);
