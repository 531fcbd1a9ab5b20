namespace Platform.Intake.Online;

/// <summary>The applicant on an application's view: name and identifier masked.</summary>
public sealed record ApplicationViewApplicant(string Type, string Name, string IdNumber);
