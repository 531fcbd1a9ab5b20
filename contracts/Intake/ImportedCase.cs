namespace Platform.Contracts.Intake;

/// <summary>
/// One case of a <see cref="CaseHistoryImported"/> slice: its acceptance (as in ApplicationAccepted), its completion
/// if it was completed (CompletedAt and the fields after it, as in CaseCompleted) and its rating if it was rated
/// (RatingScore, rated at the completion). Kept flat and without names, since a slice holds a thousand of them.
/// </summary>
public sealed record ImportedCase(
    string CaseNo,
    string MatterCode,
    string DepartmentCode,
    string HandlingKind,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    string? WindowNo,
    DateTimeOffset AcceptedAt,
    DateOnly DueDate,
    bool DueDateProvisional,
    string Channel,
    string? PointCode,
    string PointLevel,
    int Visits,
    int SuspendedWorkingDays,
    DateTimeOffset? CompletedAt = null,
    string? Result = null,
    int? WorkingDaysUsed = null,
    bool? OnTheSpot = null,
    bool? OnTime = null,
    bool WorkingDaysProvisional = false,
    int? RatingScore = null);
