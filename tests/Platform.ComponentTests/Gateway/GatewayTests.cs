using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Gateway;

/// <summary>
/// The YARP gateway in front of a real catalogue service listening on Kestrel (embedded mode), with the intake
/// cluster pointing at a port where nothing listens.
/// </summary>
public sealed class GatewayTests : IAsyncLifetime
{
    const string SigningKey = "component-tests-signing-key-0123456789abcdef";
    readonly TempDirectory _data = new();
    readonly int _cataloguePort = FreePort();
    WebApplicationFactory<Platform.Catalogue.Program> _catalogue = null!;
    WebApplicationFactory<Platform.Gateway.Program> _gateway = null!;

    public Task InitializeAsync()
    {
        _catalogue = new CatalogueOnKestrel(Path.Combine(_data.Path, "catalogue"));
        _catalogue.UseKestrel(_cataloguePort);
        _catalogue.StartServer();

        _gateway = new WebApplicationFactory<Platform.Gateway.Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Database:DataDirectory", Path.Combine(_data.Path, "gateway"));
            host.UseSetting("Auth:SigningKey", SigningKey);
            host.UseSetting("Auth:DemoAccounts:Enabled", "true");
            host.UseSetting("Auth:DemoAccounts:Password", Http.DemoPassword);
            // The gateway's import limit at 10 MB (default 200 MB), so its oversize body stays cheap to send.
            host.UseSetting("RequestLimits:MaxImportBodyBytes", $"{10 * 1024 * 1024}");
            host.UseSetting("ReverseProxy:Clusters:catalogue:Destinations:catalogue-1:Address", $"http://127.0.0.1:{_cataloguePort}/");
            host.UseSetting("ReverseProxy:Clusters:intake:Destinations:intake-1:Address", $"http://127.0.0.1:{FreePort()}/");
            // The portal the build made (web/Portal.targets); the gateway's own output has it as portal/.
            host.UseSetting("Portal:Root", Path.Combine(Architecture.RepositoryRoot.Path, "web", "dist"));
            host.ConfigureServices(StandaloneFactory.CheapPasswordHashes);
        });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_unauthenticated_request_gets_a_401_problem_from_the_gateway()
    {
        var response = await _gateway.CreateClient().GetAsync("/api/intake/cases");

        await response.AssertProblemAsync(401, "unauthenticated");
    }

    [Fact]
    public async Task A_signed_in_request_is_forwarded_with_its_token_to_the_service()
    {
        var client = _gateway.CreateClient();
        client.WithToken(await client.SignInAsync("catalogue01"));

        // The catalogue service answers 404 for an unknown path only after it accepted the forwarded token.
        var response = await client.GetAsync("/api/catalogue/no-such-resource");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_public_read_passes_the_gateway_and_the_service_still_decides()
    {
        // The catalogue's public reads are anonymous at the gateway; the service's own fallback policy still
        // refuses anything it has not opened, so this comes back as the service's 401 problem.
        var response = await _gateway.CreateClient().GetAsync("/api/catalogue/no-such-resource");

        var problem = await response.AssertProblemAsync(401, "unauthenticated");
        Assert.Equal("/api/catalogue/no-such-resource", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task The_kiosk_and_the_queue_display_pass_the_gateway_without_signing_in()
    {
        // Intake is unreachable here: a 502 (not the gateway's 401) shows the request was let through.
        var client = _gateway.CreateClient();

        var ticket = await client.PostAsync("/api/intake/queue/tickets",
            new StringContent("""{"departmentCode":"SCJGJ"}""", System.Text.Encoding.UTF8, "application/json"));
        var line = await client.GetAsync("/api/intake/queue/lines/SCJGJ");

        await ticket.AssertProblemAsync(502, "service-unreachable");
        await line.AssertProblemAsync(502, "service-unreachable");
        await (await client.PostAsync("/api/intake/queue/call", null)).AssertProblemAsync(401, "unauthenticated");
    }

    [Fact]
    public async Task The_gateway_serves_the_portal_and_its_deep_links_and_leaves_the_api_to_the_services()
    {
        var client = _gateway.CreateClient();

        var home = await client.GetAsync("/");
        var deepLink = await client.GetAsync("/window");
        var api = await client.GetAsync("/api/intake/cases");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html", home.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", home.Headers.CacheControl?.ToString());
        Assert.Contains("<div id=\"app\">", await deepLink.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/no-such-file.js")).StatusCode);
        await api.AssertProblemAsync(401, "unauthenticated");
    }

    [Fact]
    public async Task The_api_page_reads_the_services_documents_through_the_gateway_without_signing_in()
    {
        var client = _gateway.CreateClient();

        var page = await client.GetAsync("/api-docs");
        var catalogue = await client.GetFromJsonAsync<JsonObject>("/openapi/catalogue.json");
        var auth = await client.GetFromJsonAsync<JsonObject>("/openapi/auth.json");
        var intake = await client.GetAsync("/openapi/intake.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("\"openapi/catalogue.json\"", await page.Content.ReadAsStringAsync());
        Assert.Contains("/api/catalogue/matters", catalogue!["paths"]!.AsObject().Select(p => p.Key));
        Assert.Contains("/api/auth/token", auth!["paths"]!.AsObject().Select(p => p.Key));
        // Forwarded, not answered by the gateway: intake is unreachable here.
        await intake.AssertProblemAsync(502, "service-unreachable");
    }

    [Fact]
    public async Task An_unreachable_service_gets_a_502_problem()
    {
        var client = _gateway.CreateClient();
        client.WithToken(await client.SignInAsync("window01"));

        var response = await client.GetAsync("/api/intake/cases");

        var problem = await response.AssertProblemAsync(502, "service-unreachable");
        Assert.Contains("intake", problem.GetProperty("detail").GetString());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_gateway_issues_tokens_and_reports_ready()
    {
        var client = _gateway.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        await (await client.RequestTokenAsync("admin", "wrong")).AssertProblemAsync(401, "invalid-credentials");
        Assert.False(string.IsNullOrEmpty(await client.SignInAsync("admin")));
    }

    [Fact]
    public async Task A_proxied_answer_carries_the_security_headers_and_not_the_services_Server_header()
    {
        var client = _gateway.CreateClient();
        client.WithToken(await client.SignInAsync("catalogue01"));

        var response = await client.GetAsync("/api/catalogue/calendar/years");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Edge.SecurityHeadersTests.AssertBrowserHeaders(response);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_chunked_oversize_body_is_a_413_problem_at_the_gateway()
    {
        var client = _gateway.CreateClient();
        client.WithToken(await client.SignInAsync("catalogue01"));

        var json = await client.PostAsync("/api/catalogue/departments",
            new ChunkedContent(2 * 1024 * 1024, "application/json", (byte)' '));
        var csv = await client.PostAsync("/api/catalogue/matters/import",
            new ChunkedContent(20 * 1024 * 1024, "text/csv"));

        await json.AssertProblemAsync(413, "request-too-large");
        await csv.AssertProblemAsync(413, "request-too-large");
    }

    [Fact]
    public async Task A_service_host_takes_an_import_over_kestrels_own_30_MB_default()
    {
        var gateway = _gateway.CreateClient();
        var token = await gateway.SignInAsync("catalogue01");
        using var direct = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_cataloguePort}") };
        direct.WithToken(token);

        // 40 MB of line feeds: past Kestrel's default body limit, within the import limit; so many lines make a job.
        var response = await direct.PostAsync("/api/catalogue/matters/import",
            new ChunkedContent(40 * 1024 * 1024, "text/csv", (byte)'\n'));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _catalogue.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>UseKestrel applies to a factory of its own class, not to one derived with WithWebHostBuilder.</summary>
    sealed class CatalogueOnKestrel(string dataDirectory) : WebApplicationFactory<Platform.Catalogue.Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:DataDirectory", dataDirectory);
            builder.UseSetting("Auth:SigningKey", SigningKey);
            builder.ConfigureServices(services => services.AddMassTransitTestHarness());
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
