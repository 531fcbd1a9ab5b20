using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace Platform.BrowserTests;

/// <summary>
/// The real standalone host (the README's run command, built in this configuration) as a child process on a free
/// port, with its own data folder: SQLite files, signing key and demo data made fresh for this test run. Its output is
/// kept for the failure message.
/// </summary>
public sealed class HallHost : IAsyncDisposable
{
    readonly Process _process;
    readonly StringBuilder _output = new();
    readonly string _dataDirectory;

    HallHost(Process process, string dataDirectory, Uri address)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HallHost> StartAsync(params string[] settings)
    {
        var dll = typeof(HallHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "StandaloneHost").Value!;
        dll = Path.GetFullPath(dll);
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The standalone host is not built at {dll}.");
        }
        var directory = Path.GetDirectoryName(dll)!;
        var data = Directory.CreateTempSubdirectory("hall-browser-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        string[] arguments =
        [
            dll, "--contentRoot", directory, "--urls", address.ToString(),
            $"--Database:DataDirectory={data}", $"--Auth:SigningKeyFile={Path.Combine(data, "signing.key")}",
            "--Logging:LogLevel:Default=Warning", .. settings,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var host = new HallHost(process, data, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync();
        }
        catch
        {
            // A host that never got ready must not outlive the test run.
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    async Task WaitUntilReadyAsync()
    {
        // Generous: on a loaded 2-core CI machine the first start (migrations, demo data) can take a while.
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The standalone host stopped:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The standalone host was not ready within 180 s:\n{Output}");
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
