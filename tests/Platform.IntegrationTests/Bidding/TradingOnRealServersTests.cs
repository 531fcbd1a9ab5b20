using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Platform.SealedBidClient;
using Platform.WorkingDays;

namespace Platform.IntegrationTests.Bidding;

/// <summary>
/// Trading in the distributed mode: bidding and supervision as separate processes, each on its own database, over
/// real RabbitMQ and PostgreSQL. An open tender goes from announcement through sealed bids, the opening and the
/// award to a contract signed 10 days later; a second one fails (流标) with only 2 valid bids. Supervision's trading
/// figures equal the test's own computation from what it bid.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class TradingOnRealServersTests(RealServers servers) : IAsyncLifetime
{
    const string Figures = "/api/supervision/trading?from=2026-03-01&to=2026-03-31";

    /// <summary>Valid unified social credit codes (GB 32100 check characters) for the firms.</summary>
    static readonly string[] Firms = ["91350100M000100Y43", "91110000100000589A", "91310000MA1FL0XH10"];

    /// <summary>The hall's time, moved by the test; one instance shared by bidding and supervision.</summary>
    sealed class MovableClock : HallClock
    {
        long _utcTicks;

        public void Set(string now) => Interlocked.Exchange(ref _utcTicks, DateTimeOffset.Parse(now).UtcTicks);

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
    }

    readonly MovableClock _clock = new();
    readonly List<IAsyncDisposable> _processes = [];
    WebApplicationFactory<Platform.Bidding.Program> _bidding = null!;
    WebApplicationFactory<Platform.Supervision.Program> _supervision = null!;
    string _biddingDatabase = null!;

    public async Task InitializeAsync()
    {
        _clock.Set("2026-03-02T09:00:00+08:00");
        _biddingDatabase = await servers.CreateDatabaseAsync("bidding");
        var supervisionDatabase = await servers.CreateDatabaseAsync("supervision");
        // Supervision first, so that its queues are bound before bidding publishes.
        _supervision = Service<Platform.Supervision.Program>("supervision", supervisionDatabase);
        _supervision.CreateClient().Dispose();
        _bidding = Service<Platform.Bidding.Program>("bidding", _biddingDatabase);
        _bidding.CreateClient().Dispose();
    }

    WebApplicationFactory<T> Service<T>(string name, string database) where T : class
    {
        var factory = servers.Service<T>(name, database, host =>
        {
            host.UseSetting("Outbox:PollingInterval", "00:00:00.100");
            host.ConfigureServices(services => services.AddSingleton<HallClock>(_clock));
        });
        _processes.Add(factory);
        return factory;
    }

    static HttpClient Client<T>(WebApplicationFactory<T> factory, string user, params string[] roles) where T : class
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(user, roles));
        return client;
    }

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    async Task<Guid> AnnounceAsync(HttpClient officer, string name, decimal budget)
    {
        var project = await Ok(await officer.PostAsJsonAsync("/api/bidding/projects", new
        {
            name,
            procedure = "open-tender",
            category = "works",
            budget,
            buyerName = "示范市第一中学",
            buyerCreditCode = "12510181MB1B234569",
            evaluationMethod = "lowest-price",
            documents = new[] { new { title = "招标文件", url = "https://ggzy.example.gov.cn/doc/1.pdf" } },
            bidDeadline = _clock.GetUtcNow().AddDays(21),
        }));
        return project.GetProperty("id").GetGuid();
    }

    /// <summary>A firm registers and uploads its sealed bid at that price; returns its client, bid id and key.</summary>
    async Task<(HttpClient Bidder, Guid BidId, string Key)> BidAsync(Guid project, int firm, decimal price)
    {
        var bidder = Client(_bidding, $"firm{firm}", "applicant");
        await Ok(await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/registrations",
            new { firmName = $"投标单位{firm}", firmCreditCode = Firms[firm] }));
        var (body, key) = BidSealing.Seal(new { price, duration = "180 日历天" });
        var receipt = await Ok(await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids", body));
        return (bidder, receipt.GetProperty("bidId").GetGuid(), key);
    }

    /// <summary>Opens, has every bidder supply its key and closes the opening; returns the closed opening.</summary>
    static async Task<JsonElement> OpenAsync(HttpClient officer, Guid project, IEnumerable<(HttpClient Bidder, Guid BidId, string Key)> bids)
    {
        await Ok(await officer.PostAsync($"/api/bidding/projects/{project}/opening", null));
        foreach (var (bidder, bidId, key) in bids)
        {
            await Ok(await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{bidId}/key", new { key }));
        }
        return await Ok(await officer.PostAsync($"/api/bidding/projects/{project}/opening/close", null));
    }

    [Fact]
    public async Task A_tender_from_announcement_to_contract_and_a_failed_one_give_supervision_the_test_own_trading_figures()
    {
        var officer = Client(_bidding, "trading01", "trading-officer");

        // Monday 2026-03-02 09:00: two open tenders announced, bids due 21 days later (Monday 03-23 09:00).
        const decimal budget = 2_000_000m;
        const decimal failedBudget = 800_000m;
        var tender = await AnnounceAsync(officer, "示范市第一中学教学楼改造工程", budget);
        var failing = await AnnounceAsync(officer, "示范市第二中学操场改造工程", failedBudget);
        decimal[] prices = [1_876_543.21m, 1_765_432.10m, 1_999_999.00m];
        var bids = new List<(HttpClient, Guid, string)>();
        for (var firm = 0; firm < prices.Length; firm++)
        {
            bids.Add(await BidAsync(tender, firm, prices[firm]));
        }
        var failingBids = new List<(HttpClient, Guid, string)> { await BidAsync(failing, 0, 760_000m), await BidAsync(failing, 1, 750_000m) };

        // Before the opening the database holds no price and no word of a bid's content: a dump shows only ciphertext.
        var dump = await DatabaseDump.TextOfAsync(_biddingDatabase);
        Assert.Contains("示范市第一中学教学楼改造工程", dump);
        foreach (var secret in new[] { "1876543", "1765432", "1999999", "日历天" })
        {
            Assert.DoesNotContain(secret, dump);
        }

        // Past the deadline: both opened, every key supplied; 3 valid bids → evaluation, 2 → 流标.
        _clock.Set("2026-03-23T09:31:00+08:00");
        var closed = await OpenAsync(officer, tender, bids);
        Assert.Equal("evaluating", closed.GetProperty("status").GetString());
        Assert.Equal(3, closed.GetProperty("validBids").GetInt32());
        var failed = await OpenAsync(officer, failing, failingBids);
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal(2, failed.GetProperty("validBids").GetInt32());

        // Lowest price first among the candidates (no expert draw: the opened prices alone), 3 days' publicity, then
        // the award to the first candidate; the contract is signed 10 days after the award (within 30: on time).
        _clock.Set("2026-03-23T15:00:00+08:00");
        await Ok(await officer.PostAsync($"/api/bidding/projects/{tender}/candidates", null));
        _clock.Set("2026-03-27T09:00:00+08:00");
        var awarded = await Ok(await officer.PostAsJsonAsync($"/api/bidding/projects/{tender}/award", new { }));
        var lowest = prices.Min();
        Assert.Equal($"投标单位{Array.IndexOf(prices, lowest)}", awarded.GetProperty("winner").GetString());
        _clock.Set("2026-04-06T09:00:00+08:00");
        await Ok(await officer.PostAsync($"/api/bidding/projects/{tender}/contract", null));

        // The figures over March 2026 by the test's own computation: announced 03-02, failed 03-23, awarded 03-27.
        var expectedByProcedure = new Dictionary<string, int>
        {
            ["open-tender"] = 2,
            ["inquiry"] = 0,
            ["negotiation"] = 0,
            ["fixed-price"] = 0,
            ["auction"] = 0,
        };
        var expectedSavingRate = (double)((budget - lowest) / budget);
        var supervisor = Client(_supervision, "supervisor01", "supervisor");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement figures;
        do
        {
            await Task.Delay(200);
            figures = await supervisor.GetFromJsonAsync<JsonElement>(Figures);
        } while (!(figures.GetProperty("awarded").GetInt32() == 1 && figures.GetProperty("failed").GetInt32() == 1
            && figures.GetProperty("contractsSignedOnTime").GetInt32() == 1
            && figures.GetProperty("byProcedure").GetProperty("open-tender").GetInt32() == 2) && DateTime.UtcNow < deadline);

        var shown = figures.GetRawText();
        Assert.Equal("2026-03-01", figures.GetProperty("from").GetString());
        Assert.Equal("2026-03-31", figures.GetProperty("to").GetString());
        Assert.Equal(expectedByProcedure, figures.GetProperty("byProcedure").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        Assert.True(figures.GetProperty("awarded").GetInt32() == 1, shown);
        Assert.True(figures.GetProperty("failed").GetInt32() == 1, shown);
        Assert.True(figures.GetProperty("budgetTotal").GetDecimal() == budget, shown);
        Assert.True(figures.GetProperty("awardTotal").GetDecimal() == lowest, shown);
        Assert.True(Math.Abs(figures.GetProperty("savingRate").GetDouble() - expectedSavingRate) < 1e-12, $"savingRate {expectedSavingRate}: {shown}");
        Assert.True(Math.Abs(figures.GetProperty("averageValidBids").GetDouble() - prices.Length) < 1e-12, shown);
        Assert.True(figures.GetProperty("objectionsRaised").GetInt32() == 0, shown);
        Assert.True(figures.GetProperty("objectionsUpheld").GetInt32() == 0, shown);
        Assert.True(figures.GetProperty("contractsSignedOnTime").GetInt32() == 1, shown);
        Assert.True(Math.Abs(figures.GetProperty("contractsOnTimeRate").GetDouble() - 1.0) < 1e-12, shown);
    }

    public async Task DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }
    }
}
