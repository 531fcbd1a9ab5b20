namespace Platform.Intake.Cases;

/// <summary>Verify: the last four characters of the applicant's ID or phone, as for tracking.</summary>
public sealed record ClaimRequest(string? Verify);
