using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

public sealed class SecurityHeadersTests : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_answer_carries_the_browser_security_headers()
    {
        var response = await _host.CreateClient().GetAsync("/api/catalogue/calendar/years");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertBrowserHeaders(response);
        Assert.Contains("default-src 'none'", Csp(response));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Problems_carry_them_too()
    {
        var response = await _host.CreateClient().GetAsync("/api/intake/cases");

        await response.AssertProblemAsync(401);
        AssertBrowserHeaders(response);
    }

    [Fact]
    public async Task The_annual_report_page_may_use_its_inline_styles_and_nothing_from_elsewhere()
    {
        var client = _host.CreateClient();
        client.WithToken(await client.SignInAsync("disclosure01"));

        var response = await client.GetAsync("/api/disclosure/annual-report/2025/html");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        AssertBrowserHeaders(response);
        var csp = Csp(response);
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("http", csp);
        Assert.DoesNotContain("*", csp);
        Assert.DoesNotContain("'unsafe-eval'", csp);
        Assert.Contains("script-src 'self';", csp);
    }

    [Fact]
    public async Task The_token_answer_is_never_cached()
    {
        var client = _host.CreateClient();

        var issued = await client.RequestTokenAsync("admin", Http.DemoPassword);
        var refused = await client.RequestTokenAsync("admin", "wrong");

        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True(issued.Headers.CacheControl?.NoStore);
        Assert.True(refused.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public void Kestrel_sends_no_Server_header()
    {
        var kestrel = _host.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;

        Assert.False(kestrel.AddServerHeader);
        // The largest route limit: CSV imports (a million rows of history are about 90 MB).
        Assert.Equal(200 * 1024 * 1024, kestrel.Limits.MaxRequestBodySize);
    }

    internal static void AssertBrowserHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Csp(response));
    }

    static string Csp(HttpResponseMessage response) => Single(response, "Content-Security-Policy");

    static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : []);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
