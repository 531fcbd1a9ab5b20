namespace Platform.Contracts.Approval;

/// <summary>
/// One department's task of an accepted stage: its matter's limits (working days) and its due date. CompletionFollows:
/// imported history already decided, whose ApprovalTaskDecided follows from the same import, so supervision judges no
/// warning on it meanwhile (it would be a red one dated today).
/// </summary>
public sealed record ApprovalTaskOpened(
    string TaskNo,
    string DepartmentCode,
    string MatterCode,
    int? StatutoryLimitDays,
    int PromisedLimitDays,
    DateOnly DueDate,
    bool DueDateProvisional,
    bool CompletionFollows = false);
