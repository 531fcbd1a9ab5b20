using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// One standalone host and one headless Chromium for every browser test (starting them is the slow part); each test
/// opens its own browser context and makes its own data, so no test depends on another's leftovers.
/// Chromium is Debian's package (CHROMIUM_PATH overrides /usr/bin/chromium): Playwright downloads nothing.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string Password = "Hall-demo-2026";

    IPlaywright? _playwright;

    /// <summary>The standalone host this run started (null when PORTAL_URL names a running hall instead).</summary>
    public HallHost? Host { get; private set; }

    /// <summary>
    /// Where the portal is: the standalone host started here, or PORTAL_URL (e.g. the distributed mode's gateway from
    /// deploy/local/up.sh, which must then allow the moves of the hall clock and the sign-ins the tests make).
    /// </summary>
    public Uri Address { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public HallApi Api { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Every test's browser and setup calls come from one address: the edge's per-client limits (tested on their
        // own in the component tests) are raised so that a fast run is not refused as a flood.
        if (Environment.GetEnvironmentVariable("PORTAL_URL") is { Length: > 0 } running)
        {
            Address = new Uri(running);
        }
        else
        {
            Host = await HallHost.StartAsync("--Clock:Adjustable=true", "--RateLimits:SignInsPerMinute=1000",
                "--RateLimits:WritesPerMinute=10000");
            Address = Host.Address;
        }
        Api = new HallApi(Address);
        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path
            ? path
            : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {chromium}: apt-get install chromium fonts-noto-cjk "
                + "(deploy/local/install-servers.sh does), or set CHROMIUM_PATH.");
        }
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"],
        });
    }

    /// <summary>A fresh page (own cookies and sessionStorage) that records console errors and keeps a screenshot.</summary>
    public async Task<PortalPage> OpenAsync(string name, int width = 1366, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        return await PortalPage.StartAsync(name, context);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Api?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
