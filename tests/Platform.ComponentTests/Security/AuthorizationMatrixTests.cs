using System.Text;

namespace Platform.ComponentTests.Security;

/// <summary>
/// Every route of every OpenAPI document, called by anonymous and by each demo role, is denied exactly where
/// <see cref="AuthorizationTable"/> says (401 for anonymous, 403 for a signed-in role) and nowhere else. Only the
/// decision is asserted: any other answer (200, 400, 404, 409, ...) counts as "not denied".
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    SecurityHost _host = null!;

    public async Task InitializeAsync() => _host = await SecurityHost.StartAsync();

    [Fact]
    public async Task The_table_lists_exactly_the_routes_of_the_documents()
    {
        var documented = (await OpenApiDocuments.AllRoutesAsync(_host.Client(DemoRole.Anonymous)))
            .Select(route => route.Key).ToHashSet();

        var missing = documented.Except(AuthorizationTable.Allowed.Keys).Order().ToList();
        var stale = AuthorizationTable.Allowed.Keys.Except(documented).Order().ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"Routes without a row in AuthorizationTable: {string.Join(", ", missing)}. "
            + $"Rows for routes no document has: {string.Join(", ", stale)}.");
    }

    [Fact]
    public async Task Each_role_is_denied_exactly_where_the_table_says()
    {
        var routes = (await OpenApiDocuments.AllRoutesAsync(_host.Client(DemoRole.Anonymous)))
            .Where(route => AuthorizationTable.Allowed.ContainsKey(route.Key)).ToList();
        var path = new PathValues().For(PathValues.Plausible);
        var wrong = new List<string>();

        foreach (var route in routes)
        {
            var allowed = AuthorizationTable.Allowed[route.Key];
            foreach (var role in DemoRole.All)
            {
                var status = await SendAsync(_host.Client(role), route, route.PathWith(path));
                var denied = status == (role.IsAnonymous ? 401 : 403);
                if (denied == allowed.Contains(role) || status >= 500)
                {
                    var expected = allowed.Contains(role) ? "allowed" : "denied";
                    wrong.Add($"{route.Key} as {role}: expected {expected}, got {status}");
                }
            }
        }

        Assert.True(wrong.Count == 0,
            $"{wrong.Count} of {routes.Count * DemoRole.All.Count} calls disagree with AuthorizationTable:\n"
            + string.Join("\n", wrong));
    }

    /// <summary>A harmless request: "{}" to a JSON body, an empty CSV to an import, else no body.</summary>
    static async Task<int> SendAsync(HttpClient client, ApiRoute route, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (route.IsImport)
        {
            request.Content = new StringContent("", Encoding.UTF8, "text/csv");
        }
        else if (route.BodySchema is not null)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        // Headers are enough, and the supervision feed is an endless stream.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return (int)response.StatusCode;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
