namespace Platform.Intake.Agent;

/// <summary>One material of an application: its check, and the uploaded file when there is one.</summary>
public sealed record MaterialView(
    string Name,
    bool Required,
    string Status,
    Guid? FileId,
    string? FileName,
    string? Sha256,
    bool PaperOriginal,
    string? Note);
