namespace Platform.Intake.Files;

/// <summary>
/// An uploaded file's record: the bytes live in the file store under the file's Id (never a name from the client).
/// Purpose "material" (an applicant's electronic material, attached to an application once) or "result" (an
/// electronic licence or certificate delivered on a case). FileName is the client's name, cleaned, for display only.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }
    public required string Owner { get; set; }
    public required string Purpose { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public Guid? ApplicationId { get; set; }
    public string? MaterialName { get; set; }
    public string? CaseNo { get; set; }
}
