using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.ComponentTests.Architecture;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Security;

namespace Platform.ComponentTests.ApiDocuments;

/// <summary>
/// Every OpenAPI document the standalone host serves passes Redocly's recommended rules with no error (README, "API
/// documents"), and says for each operation what a client needs: a summary, an operationId and, when the route
/// wants a signed-in user, the bearer requirement.
/// </summary>
public sealed class OpenApiLintTests : IAsyncLifetime
{
    static readonly string[] Methods = ["get", "head", "post", "put", "patch", "delete"];
    readonly TempDirectory _data = new();
    readonly TempDirectory _documents = new();
    StandaloneFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new StandaloneFactory(_data.Path);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Redocly_recommended_rules_find_no_error_in_any_document()
    {
        var files = new List<string>();
        foreach (var (name, document) in await DocumentsAsync())
        {
            var file = Path.Combine(_documents.Path, $"{name}.json");
            await File.WriteAllTextAsync(file, document.ToJsonString());
            files.Add(file);
        }

        var report = await RedoclyLintAsync(files);

        var errors = report.SelectMany(r => r["problems"]!.AsArray())
            .Where(p => p!["severity"]!.GetValue<string>() == "error")
            .Select(p => $"{p!["ruleId"]}: {p["message"]} at {p["location"]?[0]?["source"]?["ref"]}"
                + $"{p["location"]?[0]?["pointer"]}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));
        Assert.All(report, r => Assert.Equal(0, r["totals"]!["errors"]!.GetValue<int>()));
        Assert.Equal(files.Count, report.Count);
    }

    [Fact]
    public async Task Every_operation_has_a_summary_an_operation_id_and_its_security_requirement()
    {
        var missing = new List<string>();
        var operations = 0;
        foreach (var (name, document) in await DocumentsAsync())
        {
            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var method in Methods.Where(m => item![m] is not null))
                {
                    operations++;
                    var operation = item![method]!;
                    var where = $"{name}: {method.ToUpperInvariant()} {path}";
                    if (string.IsNullOrWhiteSpace(operation["summary"]?.GetValue<string>()))
                    {
                        missing.Add($"{where} has no summary");
                    }
                    if (string.IsNullOrWhiteSpace(operation["operationId"]?.GetValue<string>()))
                    {
                        missing.Add($"{where} has no operationId");
                    }
                    if (operation["security"] is not JsonArray)
                    {
                        missing.Add($"{where} has no security requirement");
                    }
                }
            }
        }

        Assert.True(operations > 100, $"only {operations} operations documented");
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    /// <summary>Open to anonymous callers so that a browser's EventSource can present a one-time ticket instead.</summary>
    static readonly string[] TicketRoutes = ["GET /api/supervision/feed"];

    /// <summary>
    /// The requirement is derived from endpoint metadata (OperationConventions); the authorization table, checked
    /// against real calls by AuthorizationMatrixTests, says independently which routes anonymous callers may use.
    /// </summary>
    [Fact]
    public async Task An_operation_asks_for_the_bearer_token_exactly_where_anonymous_callers_are_refused()
    {
        var wrong = new List<string>();
        foreach (var (name, document) in await DocumentsAsync())
        {
            foreach (var (path, item) in document["paths"]!.AsObject())
            {
                foreach (var method in Methods.Where(m => item![m] is not null))
                {
                    var requirements = item![method]!["security"]!.AsArray();
                    var bearer = requirements.Any(r => r!.AsObject().ContainsKey("bearer"));
                    var route = new ApiRoute(name, method.ToUpperInvariant(), path, null);
                    if (bearer == AuthorizationTable.AllowsAnonymous(route) && !TicketRoutes.Contains(route.Key))
                    {
                        wrong.Add($"{route.Key}: bearer {(bearer ? "required" : "not required")} in the document");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    async Task<IReadOnlyList<(string Name, JsonObject Document)>> DocumentsAsync()
    {
        var client = _host.CreateClient();
        var documents = new List<(string, JsonObject)>();
        foreach (var name in OpenApiDocuments.Services)
        {
            documents.Add((name, (await client.GetFromJsonAsync<JsonObject>($"/openapi/{name}.json"))!));
        }
        return documents;
    }

    /// <summary>Redocly's JSON report: one object per document, one after the other.</summary>
    static async Task<IReadOnlyList<JsonObject>> RedoclyLintAsync(IEnumerable<string> files)
    {
        var redocly = Path.Combine(RepositoryRoot.Path, "web", "node_modules", ".bin", "redocly");
        Assert.True(File.Exists(redocly), $"{redocly} is missing: run `npm ci` in web/ (the hosts' build does).");
        var start = new ProcessStartInfo(redocly)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // No "update available" check or telemetry call from a test run.
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
        };
        foreach (var argument in (string[])["lint", "--extends", "recommended", "--format", "json", .. files])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var diagnostics = process.StandardError.ReadToEndAsync();
        var reports = new List<JsonObject>();
        await foreach (var report in JsonSerializer.DeserializeAsyncEnumerable<JsonObject>(
            process.StandardOutput.BaseStream, topLevelValues: true))
        {
            reports.Add(report!);
        }
        await process.WaitForExitAsync();
        Assert.True(reports.Count > 0, $"redocly printed no report: {await diagnostics}");
        return reports;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _documents.Dispose();
        _data.Dispose();
    }
}
