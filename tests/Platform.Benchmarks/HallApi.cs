using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>The few calls the benchmarks make through the gateway: sign in, load the demo catalogue.</summary>
static class HallApi
{
    public const string DemoPassword = "Hall-demo-2026";

    public static async Task<string> SignInAsync(HttpClient client, Uri gateway, string username)
    {
        var response = await client.PostAsJsonAsync(new Uri(gateway, "/api/auth/token"), new { username, password = DemoPassword });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, Uri uri, string token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Imports the demo catalogue (idempotent) and returns its matter codes.</summary>
    public static async Task<List<string>> LoadDemoCatalogueAsync(HttpClient client, Uri gateway, string csvPath)
    {
        var token = await SignInAsync(client, gateway, "catalogue01");
        using var import = Authorized(HttpMethod.Post, new Uri(gateway, "/api/catalogue/matters/import"), token,
            new StringContent(await File.ReadAllTextAsync(csvPath), Encoding.UTF8, "text/csv"));
        var imported = await client.SendAsync(import);
        Console.WriteLine($"demo catalogue import: {(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");
        imported.EnsureSuccessStatusCode();
        return File.ReadLines(csvPath).Skip(1).Select(line => line.Split(',')[0]).ToList();
    }
}
