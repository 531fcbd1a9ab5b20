namespace Platform.Supervision.Ratings;

/// <summary>
/// A rectification item as supervisors see it; DeadlineProvisional: counted into a year without a notice.
/// </summary>
public sealed record RectificationView(Guid Id, string CaseNo, string DepartmentCode, string? WindowNo, int Score,
    string? Category, string? Comment, DateOnly OpenedDate, DateOnly DeadlineDate, string Status, DateOnly? ClosedDate,
    string? Resolution, bool DeadlineProvisional);
