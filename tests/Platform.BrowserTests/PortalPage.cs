using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// A page of one test: every console error and uncaught exception is collected and fails the test when it ends
/// (<see cref="DisposeAsync"/>), and a full-page screenshot is kept in the screenshots folder as the test's artefact.
/// </summary>
public sealed class PortalPage : IAsyncDisposable
{
    readonly IBrowserContext _context;
    readonly string _name;
    readonly List<string> _errors = [];

    PortalPage(string name, IBrowserContext context, IPage page)
    {
        _name = name;
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>tests/Platform.BrowserTests/screenshots (or SCREENSHOT_DIR); CI keeps it as an artefact.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("SCREENSHOT_DIR") is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../screenshots"));

    public static async Task<PortalPage> StartAsync(string name, IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(name, context, page);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                portalPage.Record($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => portalPage.Record($"page error: {error}");
        page.SetDefaultTimeout(15_000);
        return portalPage;
    }

    void Record(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>
    /// Errors the test itself provoked on purpose (a refused request shows up as a failed resource load in the
    /// console): a test says which, by a part of the message, before it ends.
    /// </summary>
    public void Expect(string partOfError)
    {
        lock (_errors)
        {
            _errors.RemoveAll(e => e.Contains(partOfError, StringComparison.Ordinal));
        }
    }

    public async Task SignInAsync(string username, string password = PortalFixture.Password)
    {
        await Page.GotoAsync("/signin");
        await Page.GetByLabel("用户名").FillAsync(username);
        await Page.GetByLabel("密码", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/signin"));
    }

    public Task ScreenshotAsync(string suffix = "") =>
        Page.ScreenshotAsync(new()
        {
            Path = Path.Combine(ScreenshotDirectory, _name + suffix + ".png"),
            FullPage = true,
        });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ScreenshotAsync();
        }
        finally
        {
            await _context.DisposeAsync();
        }
        lock (_errors)
        {
            Assert.True(_errors.Count == 0, $"{_name}: the page logged errors:\n{string.Join("\n", _errors)}");
        }
    }
}
