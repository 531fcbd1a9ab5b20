namespace Platform.Intake.Cases;

public sealed record ExtendRequest(int? WorkingDays, string? LegalBasis);
