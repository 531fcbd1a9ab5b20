using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Platform.BrowserTests;

/// <summary>The host's API for a test's own setup and checks (what the pages do is driven through the browser).</summary>
public sealed class HallApi(Uri address) : IDisposable
{
    readonly HttpClient _client = new() { BaseAddress = address };
    readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new();

    /// <summary>One token per account for the whole run (they outlast it); a refused sign-in is not kept.</summary>
    public async Task<string> TokenAsync(string username)
    {
        var token = _tokens.GetOrAdd(username, name => new(() => SignInAsync(name)));
        try
        {
            return await token.Value;
        }
        catch
        {
            _tokens.TryRemove(username, out _);
            throw;
        }
    }

    async Task<string> SignInAsync(string username)
    {
        var answer = await _client.PostAsJsonAsync("/api/auth/token",
            new { username, password = PortalFixture.Password });
        answer.EnsureSuccessStatusCode();
        var body = await answer.Content.ReadFromJsonAsync<JsonObject>();
        return body!["accessToken"]!.GetValue<string>();
    }

    /// <summary>A call as that user (null: anonymous); a non-success answer fails with its problem body.</summary>
    public Task<JsonNode?> SendAsync(HttpMethod method, string path, string? username = null, object? body = null) =>
        SendAsync(method, path, username, body is null
            ? null
            : JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>A CSV upload (the imports) as that user.</summary>
    public Task<JsonNode?> PostCsvAsync(string path, string csv, string username) =>
        SendAsync(HttpMethod.Post, path, username, new StringContent(csv, Encoding.UTF8, "text/csv"));

    async Task<JsonNode?> SendAsync(HttpMethod method, string path, string? username, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (username is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(username));
        }
        using var answer = await _client.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        if (!answer.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)answer.StatusCode} {text}");
        }
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>An anonymous read that may be refused: the status and the body (a problem when refused).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> TryGetAsync(string path)
    {
        using var answer = await _client.GetAsync(path);
        var text = await answer.Content.ReadAsStringAsync();
        return (answer.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public Task<JsonNode?> GetAsync(string path, string? username = null) =>
        SendAsync(HttpMethod.Get, path, username);

    public Task<JsonNode?> PostAsync(string path, object body, string? username = null) =>
        SendAsync(HttpMethod.Post, path, username, body);

    public void Dispose() => _client.Dispose();
}
