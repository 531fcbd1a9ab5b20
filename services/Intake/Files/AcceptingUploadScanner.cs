namespace Platform.Intake.Files;

/// <summary>The default scan hook: no scanner installed, every file that passed the allow-list is accepted.</summary>
public sealed class AcceptingUploadScanner : IUploadScanner
{
    public Task<string?> ScanAsync(Stream content, StoredFile file, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
