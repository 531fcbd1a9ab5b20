using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge;

/// <summary>
/// At start, a warning for every key or data file (and its folder) that others on the machine may read: the signing
/// key and the SQLite files are created 0600 in a 0700 folder (PrivateFiles), but files of an older version or copied
/// by hand keep their mode, and this host does not change an administrator's files by itself.
/// </summary>
public sealed class PrivateFilesCheck(IConfiguration configuration, ILogger<PrivateFilesCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var path in Paths())
        {
            if (PrivateFiles.WiderThanPrivate(path) is { } mode)
            {
                logger.LogWarning(
                    "{Path} is open to other users of this machine ({Mode}); restrict it: chmod {Wanted} {Target}",
                    path, mode, Directory.Exists(path) ? "700" : "600", path);
            }
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    IEnumerable<string> Paths()
    {
        if (AuthSettings.From(configuration).SigningKeyFile is { Length: > 0 } keyFile)
        {
            var full = Path.GetFullPath(keyFile);
            yield return Path.GetDirectoryName(full)!;
            yield return full;
        }
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        var directory = Path.GetFullPath(configuration["Database:DataDirectory"] ?? "data");
        if (string.Equals(provider, "Sqlite", StringComparison.OrdinalIgnoreCase) && Directory.Exists(directory))
        {
            yield return directory;
            foreach (var file in Directory.EnumerateFiles(directory, "*.db*"))
            {
                yield return file;
            }
        }
    }
}
