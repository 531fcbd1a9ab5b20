namespace Platform.Contracts.Supervision;

/// <summary>电子监察: a case turned yellow (close to its due date) or red (past it); for notification channels.</summary>
public sealed record WarningRaised(Guid WarningId, string CaseNo, string DepartmentCode, string Level, DateOnly DueDate,
    DateTimeOffset RaisedAt, bool DueDateProvisional = false);
