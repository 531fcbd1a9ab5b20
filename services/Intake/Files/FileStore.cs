using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Files;

/// <summary>
/// The uploaded bytes on disk, one file per stored file's Id in one private folder (0700, files 0600): no name or
/// path from the client ever reaches the file system. An upload is written to "&lt;id&gt;.part", counted and hashed
/// as it streams in, and renamed only once every check passed; a refused one is deleted.
/// </summary>
public sealed class FileStore(IOptions<UploadOptions> options, IConfiguration configuration)
{
    readonly Lazy<string> _folder = new(() => PrivateFiles.EnsureFolder(options.Value.Directory
        ?? Path.Combine(configuration["Database:DataDirectory"] ?? AppContext.BaseDirectory, "uploads")));

    public string Folder => _folder.Value;

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>A streamed upload: its size (stopped past MaxBytes when TooLarge), first bytes, SHA-256.</summary>
    public sealed record Written(long Size, byte[] Leading, string Sha256, bool TooLarge);

    public async Task<Written> WritePartAsync(Guid id, Stream source, CancellationToken cancellationToken)
    {
        var streamOptions = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            streamOptions.UnixCreateMode = PrivateFiles.FileMode;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var leading = new List<byte>(FileTypes.SignatureLength);
        var buffer = new byte[81920];
        long size = 0;
        await using (var target = new FileStream(PartPath(id), streamOptions))
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > MaxBytes)
                {
                    return new(size, [.. leading], "", TooLarge: true);
                }
                leading.AddRange(buffer.Take(Math.Min(read, FileTypes.SignatureLength - leading.Count)));
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        return new(size, [.. leading], Convert.ToHexStringLower(hash.GetHashAndReset()), TooLarge: false);
    }

    public Stream OpenPart(Guid id) => File.OpenRead(PartPath(id));

    /// <summary>Every check passed: the part becomes the stored file.</summary>
    public void Keep(Guid id) => File.Move(PartPath(id), PathOf(id));

    public void Discard(Guid id)
    {
        File.Delete(PartPath(id));
        File.Delete(PathOf(id));
    }

    /// <summary>The stored bytes, or null when they are missing from the folder.</summary>
    public Stream? Open(Guid id) => File.Exists(PathOf(id)) ? File.OpenRead(PathOf(id)) : null;

    string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N"));

    string PartPath(Guid id) => PathOf(id) + ".part";
}
