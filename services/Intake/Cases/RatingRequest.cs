namespace Platform.Intake.Cases;

/// <summary>Verify (last four of the applicant's ID or phone) proves a walk-in applicant without an account.</summary>
public sealed record RatingRequest(int? Score, string? Category, string? Comment, string? Verify);
