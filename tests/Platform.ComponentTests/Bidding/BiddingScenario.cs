using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Platform.ComponentTests.Infrastructure;
using Platform.SealedBidClient;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Bidding;

/// <summary>The standalone host with a trading officer and bidders (applicant accounts acting for firms).</summary>
public sealed class BiddingScenario : IAsyncLifetime
{
    readonly TempDirectory _data = new();
    public StandaloneFactory Host { get; private set; } = null!;
    public HttpClient Officer { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public ITestHarness Harness => Host.Services.GetTestHarness();
    public string DataDirectory => _data.Path;

    /// <summary>Valid unified social credit codes (GB 32100 check characters) for the firms.</summary>
    public static readonly string[] Firms = ["91350100M000100Y43", "91110000100000589A", "91310000MA1FL0XH10", "91440300MA5FUXJ707"];

    public Task InitializeAsync()
    {
        Host = new StandaloneFactory(_data.Path);
        Officer = As("trading01", Roles.TradingOfficer);
        Admin = As("admin", Roles.Admin);
        Anonymous = Host.CreateClient();
        return Task.CompletedTask;
    }

    public HttpClient As(string username, string role) => Host.ClientAs(username, role);

    /// <summary>An open tender announced now, its bids due 21 days later at 09:30.</summary>
    public async Task<Guid> AnnounceAsync(string procedure = "open-tender", decimal budget = 2_000_000m, DateTimeOffset? deadline = null)
    {
        var response = await Officer.PostAsJsonAsync("/api/bidding/projects", new
        {
            name = "示范市第一中学教学楼改造工程",
            procedure,
            category = "works",
            budget,
            buyerName = "示范市第一中学",
            buyerCreditCode = "12510181MB1B234569",
            evaluationMethod = "lowest-price",
            documents = new[] { new { title = "招标文件", url = "https://ggzy.example.gov.cn/doc/1.pdf" } },
            bidDeadline = deadline ?? Host.Clock.GetUtcNow().AddDays(21),
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A bidder registers and uploads a sealed bid at that price; returns its client, bid id and key.</summary>
    public async Task<(HttpClient Bidder, Guid BidId, string Key)> BidAsync(Guid project, int firm, object plaintext)
    {
        var bidder = As($"firm{firm}", Roles.Applicant);
        (await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/registrations",
            new { firmName = $"投标单位{firm}", firmCreditCode = Firms[firm] })).EnsureSuccessStatusCode();
        var (body, key) = BidSealing.Seal(plaintext);
        var response = await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (bidder, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bidId").GetGuid(), key);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _data.Dispose();
    }
}
