namespace Platform.Intake.Cases;

public sealed record CaseImportResult(int Imported, int Skipped);
