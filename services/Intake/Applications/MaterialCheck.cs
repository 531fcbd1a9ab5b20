namespace Platform.Intake.Applications;

/// <summary>One material of the matter's list as the window found it: present, missing or defective.</summary>
public sealed record MaterialCheck(string Name, string Status, string? Note = null);
