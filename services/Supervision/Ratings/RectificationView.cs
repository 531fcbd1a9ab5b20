namespace Platform.Supervision.Ratings;

public sealed record RectificationView(Guid Id, string CaseNo, string DepartmentCode, string? WindowNo, int Score,
    string? Category, string? Comment, DateOnly OpenedDate, DateOnly DeadlineDate, string Status, DateOnly? ClosedDate,
    string? Resolution);
