using System.Diagnostics;

namespace Platform.ComponentTests.Infrastructure;

/// <summary>
/// The locally installed Chromium in headless mode (tests/run.sh installs Debian's package): renders a page and gives
/// back the DOM after parsing, a screenshot, or the printed PDF. PLATFORM_TEST_CHROMIUM names another binary.
/// </summary>
public static class HeadlessChromium
{
    static string Binary() =>
        Environment.GetEnvironmentVariable("PLATFORM_TEST_CHROMIUM") is { Length: > 0 } configured ? configured
        : new[] { "chromium", "chromium-browser", "google-chrome" }
            .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException(
            "No Chromium found: install Debian's chromium and fonts-noto-cjk (tests/run.sh does) or set PLATFORM_TEST_CHROMIUM.");

    public static async Task<string> DumpDomAsync(string file) => await RunAsync("--dump-dom", new Uri(file).AbsoluteUri);

    public static Task ScreenshotAsync(string file, string png) =>
        RunAsync($"--screenshot={png}", "--window-size=1000,2600", new Uri(file).AbsoluteUri);

    public static Task PrintToPdfAsync(string file, string pdf) => RunAsync($"--print-to-pdf={pdf}", "--no-pdf-header-footer", new Uri(file).AbsoluteUri);

    static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Binary())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     $"--user-data-dir={Path.Combine(Path.GetTempPath(), "platform-chromium-" + Guid.NewGuid().ToString("N"))}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {await errors}");
        }
        return await output;
    }
}
