namespace Platform.Intake.Files;

/// <summary>The answer to an upload: the Id an application or a delivery names the file by.</summary>
public sealed record StoredFileView(Guid Id, string FileName, string ContentType, long Size, string Sha256,
    string Purpose)
{
    public static StoredFileView Of(StoredFile file) =>
        new(file.Id, file.FileName, file.ContentType, file.Size, file.Sha256, file.Purpose);
}
