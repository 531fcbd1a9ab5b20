namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Files that must stay with the process's own user (the signing key, the SQLite databases): created 0600 in a
/// folder created 0700 on Unix, so nobody else on the machine can mint tokens or read cases. Existing files and
/// folders keep their mode (an administrator may have chosen it); <see cref="WiderThanPrivate"/> lets a host
/// warn.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (and missing parents) 0700; an existing folder is left as it is.</summary>
    public static string EnsureFolder(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return full;
        }
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(full);
        }
        else
        {
            Directory.CreateDirectory(full, FolderMode);
        }
        return full;
    }

    /// <summary>Creates an empty file 0600 if there is none (its folder 0700); false when it existed.</summary>
    public static bool EnsureFile(string path)
    {
        var full = Path.GetFullPath(path);
        EnsureFolder(Path.GetDirectoryName(full)!);
        try
        {
            using var created = Open(full, System.IO.FileMode.CreateNew);
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }
    }

    /// <summary>Writes a new file 0600 (its folder 0700); fails if it exists.</summary>
    public static void WriteNew(string path, string contents)
    {
        var full = Path.GetFullPath(path);
        EnsureFolder(Path.GetDirectoryName(full)!);
        using var stream = Open(full, System.IO.FileMode.CreateNew);
        using var writer = new StreamWriter(stream);
        writer.Write(contents);
    }

    /// <summary>
    /// The mode of a file or folder that grants anything to its group or others, or null when it is private, absent,
    /// or on Windows.
    /// </summary>
    public static UnixFileMode? WiderThanPrivate(string path)
    {
        if (OperatingSystem.IsWindows() || !(File.Exists(path) || Directory.Exists(path)))
        {
            return null;
        }
        var mode = File.GetUnixFileMode(path);
        return (mode & ~FolderMode) != 0 ? mode : null;
    }

    static FileStream Open(string path, System.IO.FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }
        return new FileStream(path, options);
    }
}
