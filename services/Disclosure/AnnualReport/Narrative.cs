namespace Platform.Disclosure.AnnualReport;

public sealed record Narrative(string? Overview, string? Problems, string? OtherMatters);
