using Platform.Contracts.Intake;

namespace Platform.Supervision.Cases;

/// <summary>
/// The events an imported case stands for, so a slice is applied by exactly the rules of the events one by one
/// (<see cref="SupervisedCaseFacts"/>). Names supervision does not keep (the matter's, the applicant type) are left
/// empty.
/// </summary>
static class ImportedCaseEvents
{
    public static ApplicationAccepted Accepted(ImportedCase c, string calendarVersion) => new(c.CaseNo, c.MatterCode,
        "", c.DepartmentCode, c.HandlingKind, c.StatutoryLimitDays, c.PromisedLimitDays, c.WindowNo, "",
        c.AcceptedAt, c.DueDate, calendarVersion, Imported: true, c.DueDateProvisional, CompletionFollows: false,
        c.Channel, c.PointCode, c.PointLevel, c.Visits);

    public static CaseCompleted? Completed(ImportedCase c, string calendarVersion) => c.CompletedAt is { } completedAt
        ? new(c.CaseNo, c.MatterCode, c.DepartmentCode, c.WindowNo, c.Result!, c.AcceptedAt, completedAt,
            c.WorkingDaysUsed!.Value, c.SuspendedWorkingDays, c.OnTheSpot!.Value, c.OnTime!.Value,
            c.StatutoryLimitDays, c.PromisedLimitDays, calendarVersion, c.WorkingDaysProvisional)
        : null;

    /// <summary>An imported rating counts as given at the case's completion.</summary>
    public static CaseRated? Rated(ImportedCase c) => c.RatingScore is { } score
        ? new(c.CaseNo, c.MatterCode, c.DepartmentCode, c.WindowNo, score, null, null, c.CompletedAt!.Value)
        : null;
}
