using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Edge;

/// <summary>Oversize bodies, chunked or declared, are a 413 problem before any service reads them whole.</summary>
public sealed class RequestSizeLimitTests : IAsyncLifetime
{
    const long MB = 1024 * 1024;
    readonly TempDirectory _data = new();
    StandaloneFactory _host = null!;
    HttpClient _catalogue = null!;

    public async Task InitializeAsync()
    {
        // The import limit set to 10 MB (default 200 MB), so the oversize bodies here stay cheap to send.
        _host = new StandaloneFactory(_data.Path,
            new Dictionary<string, string> { ["RequestLimits:MaxImportBodyBytes"] = $"{10 * MB}" });
        _catalogue = _host.CreateClient();
        _catalogue.WithToken(await _catalogue.SignInAsync("catalogue01"));
    }

    [Fact]
    public async Task A_chunked_20_MB_import_is_a_413_problem()
    {
        var body = new ChunkedContent(20 * MB, "text/csv");

        var response = await _catalogue.PostAsync("/api/catalogue/matters/import", body);

        var problem = await response.AssertProblemAsync(413, "request-too-large");
        Assert.Contains("10 MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_declared_11_MB_import_is_the_same_413_problem()
    {
        var body = new ByteArrayContent(new byte[11 * MB]);
        body.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var response = await _catalogue.PostAsync("/api/catalogue/matters/import", body);

        await response.AssertProblemAsync(413, "request-too-large");
    }

    [Fact]
    public async Task A_chunked_2_MB_json_body_on_an_ordinary_route_is_a_413_problem()
    {
        var body = new ChunkedContent(2 * MB, "application/json", (byte)' ');

        var response = await _catalogue.PostAsync("/api/catalogue/departments", body);

        var problem = await response.AssertProblemAsync(413, "request-too-large");
        Assert.Contains("1 MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bodies_under_the_limits_pass_chunked_or_not()
    {
        var json = new StringContent("""{"code":"SIZE01","name":"测试部门"}""", Encoding.UTF8, "application/json");
        var created = await _catalogue.PostAsync("/api/catalogue/departments", json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // 3 MB of blank lines: over the ordinary limit, under the import one; the importer answers for itself.
        var csv = new ChunkedContent(3 * MB, "text/csv", (byte)'\n');
        var response = await _catalogue.PostAsync("/api/catalogue/matters/import", csv);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _data.Dispose();
    }
}
