namespace Platform.Intake.Files;

/// <summary>
/// The virus-scan hook (病毒扫描): every upload that passed the type and size checks is offered to it before it is
/// kept. Return null to accept, or a Chinese reason to refuse (the client gets a 422 problem
/// "file-rejected-by-scan" with it, and the bytes are deleted). Register an implementation (e.g. one that streams the
/// file to clamd) in place of <see cref="AcceptingUploadScanner"/>, which accepts everything.
/// </summary>
public interface IUploadScanner
{
    /// <param name="content">The uploaded bytes, positioned at the start.</param>
    /// <param name="file">What is known of the file: its Id, cleaned name, type, size and SHA-256.</param>
    Task<string?> ScanAsync(Stream content, StoredFile file, CancellationToken cancellationToken);
}
