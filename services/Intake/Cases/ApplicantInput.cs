namespace Platform.Intake.Cases;

public sealed record ApplicantInput(string? Type, string? Name, string? IdNumber, string? Phone);
