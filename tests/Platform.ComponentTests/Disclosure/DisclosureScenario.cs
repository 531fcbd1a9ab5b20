using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>The standalone host with two disclosure officers (author and reviewer) and an anonymous visitor.</summary>
public sealed class DisclosureScenario(IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    public const string ResidentId = "11010519491231002X";
    public const string CreditCode = "91350100M000100Y43";

    readonly TempDirectory _data = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;
    public HttpClient Reviewer { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient Supervisor { get; private set; } = null!;
    public ITestHarness Harness => Host.Services.GetTestHarness();

    public async Task InitializeAsync()
    {
        var all = new Dictionary<string, string> { ["Disclosure:WatchInterval"] = "00:00:00.100" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;
        Host = new StandaloneFactory(_data.Path, all);
        Officer = await SignedIn("disclosure01");
        Reviewer = await SignedIn("disclosure02");
        Anonymous = Host.CreateClient();
        Supervisor = await SignedIn("supervisor01");
    }

    async Task<HttpClient> SignedIn(string username)
    {
        var client = Host.CreateClient();
        return client.WithToken(await client.SignInAsync(username));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>Registers a natural person's online request at the hall's current time; returns its view.</summary>
    public async Task<JsonElement> RegisterAsync(string category = "natural", string? identity = null)
    {
        var response = await Officer.PostAsJsonAsync("/api/disclosure/requests", new
        {
            channel = "online",
            applicantCategory = category,
            applicantName = "李四",
            identityNo = identity ?? (category == "natural" ? ResidentId : CreditCode),
            contact = "13900139000",
            description = "2024 年度本局行政许可事项办理时限统计表",
        });
        Assert.Equal(201, (int)response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> PostAsync(string url, object body, int status = 200)
    {
        var response = await Officer.PostAsJsonAsync(url, body);
        Assert.True(status == (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
