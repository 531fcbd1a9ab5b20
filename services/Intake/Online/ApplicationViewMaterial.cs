namespace Platform.Intake.Online;

/// <summary>
/// A material on an application's view: the finding (present, missing, defective, with a note), whether the matter
/// requires it, its uploaded file (name and SHA-256) and whether the paper original is to be shown at collection.
/// </summary>
public sealed record ApplicationViewMaterial(string Name, bool Required, string Status, Guid? FileId,
    string? FileName, string? Sha256, bool PaperOriginal, string? Note);
