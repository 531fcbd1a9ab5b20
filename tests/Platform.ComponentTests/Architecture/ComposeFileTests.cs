using System.Diagnostics;

namespace Platform.ComponentTests.Architecture;

/// <summary>docker-compose.yml is checked by the real parser (Debian package docker-compose; no engine needed).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public async Task Docker_compose_accepts_the_compose_file()
    {
        var root = RepositoryRoot.Path;
        var info = new ProcessStartInfo("docker-compose", ["-f", Path.Combine(root, "docker-compose.yml"), "config", "-q"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = root,
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("docker-compose is not installed: apt-get install docker-compose (tests/run.sh does).");
            return;
        }
        using (process)
        {
            var errors = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"docker-compose config rejected docker-compose.yml:\n{errors}");
        }
    }
}

static class RepositoryRoot
{
    public static readonly string Path = Find();

    static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found above the test folder.");
    }
}
