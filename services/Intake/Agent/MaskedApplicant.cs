namespace Platform.Intake.Agent;

/// <summary>The applicant with name and identifier masked (the full identifier never leaves the service).</summary>
public sealed record MaskedApplicant(string Type, string Name, string IdNumber);
