using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Platform.ComponentTests.Infrastructure;
using Platform.Edge;

namespace Platform.ComponentTests.Edge;

/// <summary>The signing key and the SQLite files belong to the process's user alone (Unix).</summary>
public sealed class PrivateFilesTests : IDisposable
{
    const UnixFileMode OthersAndGroup = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    readonly TempDirectory _root = new();

    [Fact]
    public async Task The_key_and_the_databases_are_created_0600_in_a_0700_folder()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }
        var data = Path.Combine(_root.Path, "hall", "data");
        await using (var host = new StandaloneFactory(data))
        {
            Assert.False(string.IsNullOrEmpty(await host.CreateClient().SignInAsync("admin")));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(data));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
            File.GetUnixFileMode(Path.Combine(data, "signing.key")));
        var databases = Directory.GetFiles(data, "*.db*");
        Assert.Contains(Path.Combine(data, "accounts.db"), databases);
        Assert.Contains(Path.Combine(data, "catalogue.db"), databases);
        foreach (var file in databases)
        {
            Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(file) & OthersAndGroup);
        }
    }

    [Fact]
    public async Task A_key_or_data_file_open_to_others_is_a_warning_at_start()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only
        }
        var data = Path.Combine(_root.Path, "old");
        Directory.CreateDirectory(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var key = Path.Combine(data, "signing.key");
        await File.WriteAllTextAsync(key, Convert.ToBase64String(new byte[64]));
        File.SetUnixFileMode(key, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Auth:SigningKeyFile"] = key,
            ["Database:DataDirectory"] = data,
        }).Build();
        var logger = new Warnings();

        await new PrivateFilesCheck(configuration, logger).StartAsync(CancellationToken.None);

        Assert.Contains(logger.Messages, m => m.Contains(key) && m.Contains("chmod 600"));
        Assert.Contains(logger.Messages, m => m.Contains(data) && m.Contains("chmod 700"));
    }

    public void Dispose() => _root.Dispose();

    sealed class Warnings : ILogger<PrivateFilesCheck>
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Messages.Add(formatter(state, exception));
            }
        }
    }
}
