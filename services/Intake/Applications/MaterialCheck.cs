namespace Platform.Intake.Applications;

/// <summary>
/// One material of the matter's list as the window found it: present, missing or defective. FileId: the uploaded
/// electronic copy (online and agent channels); PaperOriginal: the paper original is to be shown at collection.
/// </summary>
public sealed record MaterialCheck(string Name, string Status, string? Note = null, Guid? FileId = null,
    bool PaperOriginal = false);
