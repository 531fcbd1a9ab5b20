namespace Platform.Intake.Online;

/// <summary>
/// A material of the matter's list as the applicant hands it in online: FileId names an upload of their own (purpose
/// material); PaperOriginal: the paper original will be shown at collection (原件到场核验).
/// </summary>
public sealed record OnlineMaterial(string? Name, Guid? FileId, bool? PaperOriginal);
