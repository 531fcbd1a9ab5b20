using Platform.Contracts.Intake;

namespace Platform.Intake.Cases;

/// <summary>
/// The events of a case's acceptance and completion, and the facts of an imported case (the same fields, sent in a
/// slice's <see cref="CaseHistoryImported"/>).
/// </summary>
static class CaseEvents
{
    public static ApplicationAccepted Accepted(Case c) => new(c.CaseNo, c.MatterCode, c.MatterName, c.DepartmentCode,
        c.HandlingKind, c.StatutoryLimitDays, c.PromisedLimitDays, c.WindowNo, c.Applicant.Type, c.AcceptedAt,
        c.DueDate, c.CalendarVersion, c.Imported, c.DueDateProvisional, CompletionFollows: false, c.Channel,
        c.PointCode, c.PointLevel, c.Visits);

    public static CaseCompleted Completed(Case c) => new(c.CaseNo, c.MatterCode, c.DepartmentCode, c.WindowNo,
        c.Result!, c.AcceptedAt, c.CompletedAt!.Value, c.WorkingDaysUsed!.Value, c.SuspendedWorkingDays,
        c.OnTheSpot!.Value, c.OnTime!.Value, c.StatutoryLimitDays, c.PromisedLimitDays, c.CalendarVersion,
        c.WorkingDaysProvisional);

    public static ImportedCase Imported(Case c) => new(c.CaseNo, c.MatterCode, c.DepartmentCode, c.HandlingKind,
        c.StatutoryLimitDays, c.PromisedLimitDays, c.WindowNo, c.AcceptedAt, c.DueDate, c.DueDateProvisional, c.Channel,
        c.PointCode, c.PointLevel, c.Visits, c.SuspendedWorkingDays, c.CompletedAt, c.Result, c.WorkingDaysUsed,
        c.OnTheSpot, c.OnTime, c.WorkingDaysProvisional, c.RatingScore);
}
