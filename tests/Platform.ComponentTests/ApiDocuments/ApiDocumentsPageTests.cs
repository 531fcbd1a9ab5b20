using System.Net;
using System.Text.RegularExpressions;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Security;

namespace Platform.ComponentTests.ApiDocuments;

/// <summary>
/// The API page (/api-docs) is anonymous, lists every document, loads its script from the host itself (the hall's
/// network may be closed) and may run only its own inline start-up script: the nonce in its CSP is the one on its
/// script tags, fresh on each answer, and no other answer gets it.
/// </summary>
public sealed partial class ApiDocumentsPageTests : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_page_lists_every_document_and_loads_its_script_from_the_host()
    {
        var client = _host.CreateClient();

        var page = await client.GetAsync("/api-docs");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        foreach (var name in OpenApiDocuments.Services)
        {
            Assert.Contains($"\"openapi/{name}.json\"", html);
        }
        var sources = ScriptSource().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, source => Assert.DoesNotContain("//", source));
        foreach (var source in sources)
        {
            var script = await client.GetAsync(new Uri(new Uri("http://localhost/api-docs/"), source));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Only_the_page_may_run_an_inline_script_and_only_by_its_own_fresh_nonce()
    {
        var client = _host.CreateClient();

        var first = await client.GetAsync("/api-docs");
        var second = await client.GetAsync("/api-docs");

        var nonce = await AssertNonceMatchesAsync(first);
        Assert.NotEqual(nonce, await AssertNonceMatchesAsync(second));
        var csp = first.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal($"script-src 'self' 'nonce-{nonce}'", csp.Split("; ").Single(d => d.StartsWith("script-src")));
        Assert.Contains("connect-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        var script = await client.GetAsync("/api-docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("nonce-", script.Headers.GetValues("Content-Security-Policy").Single());
    }

    static async Task<string> AssertNonceMatchesAsync(HttpResponseMessage response)
    {
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var nonce = CspNonce().Match(csp).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(nonce), csp);
        var html = await response.Content.ReadAsStringAsync();
        var tags = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
        return nonce;
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("script-src 'self' 'nonce-([^']+)'")]
    private static partial Regex CspNonce();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
