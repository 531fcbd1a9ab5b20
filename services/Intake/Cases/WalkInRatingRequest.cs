namespace Platform.Intake.Cases;

/// <summary>The window's 评价器: the case just registered from this ticket, a score 1–5, optionally why.</summary>
public sealed record WalkInRatingRequest(string? CaseNo, int? Score, string? Category, string? Comment);
