namespace Platform.Intake.Cases;

/// <summary>What the 评价器 shows back: nothing of the applicant, only that the rating was taken.</summary>
public sealed record RatedView(string CaseNo, int Score, DateTimeOffset RatedAt);
