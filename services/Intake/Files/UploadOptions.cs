namespace Platform.Intake.Files;

/// <summary>
/// Section "Intake:Uploads". MaxBytes: the largest file (default 10 MiB). Directory: where the bytes are kept, one
/// file per stored file's Id (default: "uploads" under Database:DataDirectory, else beside the application).
/// </summary>
public sealed class UploadOptions
{
    public const string Section = "Intake:Uploads";
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public long MaxBytes { get; set; } = DefaultMaxBytes;
    public string? Directory { get; set; }

    /// <summary>The limit as a person reads it: "10 MB", "512 KB".</summary>
    public string MaxSizeText => MaxBytes >= 1024 * 1024 && MaxBytes % (1024 * 1024) == 0
        ? $"{MaxBytes / (1024 * 1024)} MB"
        : MaxBytes >= 1024 ? $"{MaxBytes / 1024.0:0.#} KB" : $"{MaxBytes} 字节";
}
