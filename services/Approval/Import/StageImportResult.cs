namespace Platform.Approval.Import;

/// <summary>Stages imported, and stages skipped because a stage of that project and number was already known.</summary>
public sealed record StageImportResult(int Imported, int Skipped);
