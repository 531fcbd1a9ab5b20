using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// 拍卖·挂牌 end to end: increment and reserve at the announcement, the reserve hidden until the close, bids by
/// 竞买号 (start price first, then highest + increment), idempotent and concurrent bids, the close's award or failure.
/// </summary>
public sealed class AuctionTests : IAsyncLifetime
{
    const decimal Start = 10_000_000m;
    const decimal Increment = 100_000m;
    static readonly DateTimeOffset Deadline = DateTimeOffset.Parse("2026-03-10T09:30:00+08:00");
    readonly BiddingScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    Task<HttpResponseMessage> Announce(decimal? increment, decimal? reservePrice) =>
        _hall.Officer.PostAsJsonAsync("/api/bidding/projects", new
        {
            name = "示范市高新区 A-12 地块国有建设用地使用权挂牌出让",
            procedure = "auction",
            category = "land",
            budget = Start,
            buyerName = "示范市自然资源和规划局",
            buyerCreditCode = "12510181MB1B234569",
            evaluationMethod = "lowest-price",
            bidDeadline = Deadline,
            increment,
            reservePrice,
        });

    async Task<Guid> AuctionWith(decimal? reservePrice, int bidders)
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = (await Ok(await Announce(Increment, reservePrice))).GetProperty("id").GetGuid();
        for (var firm = 0; firm < bidders; firm++)
        {
            // One a minute: 竞买号 follow the registration order.
            _hall.Host.Clock.FixedNow = DateTimeOffset.Parse("2026-03-03T09:00:00+08:00").AddMinutes(firm);
            await Ok(await Bidder(firm).PostAsJsonAsync($"/api/bidding/projects/{project}/registrations",
                new { firmName = $"竞买人{firm}", firmCreditCode = BiddingScenario.Firms[firm] }));
        }
        return project;
    }

    HttpClient Bidder(int firm) => _hall.As($"firm{firm}", Roles.Applicant);

    static Task<HttpResponseMessage> Bid(HttpClient bidder, Guid project, decimal amount, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bidding/projects/{project}/auction/bids")
        {
            Content = JsonContent.Create(new { amount }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return bidder.SendAsync(request);
    }

    [Fact]
    public async Task The_announcement_needs_an_increment_and_a_reserve_not_below_the_start_price()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        await (await Announce(null, null)).AssertProblemAsync(400, "validation-failed");
        await (await Announce(0m, null)).AssertProblemAsync(400, "validation-failed");
        await (await Announce(Increment, Start - 1)).AssertProblemAsync(422, "procedure-rule-violated");
        await Ok(await Announce(Increment, Start));
    }

    [Fact]
    public async Task Bids_climb_by_the_increment_and_a_highest_below_the_reserve_fails_the_auction()
    {
        var project = await AuctionWith(10_500_000m, 2);
        var officerView = (await Ok(await _hall.Officer.GetAsync("/api/bidding/projects"))).GetProperty("items")[0];
        Assert.Equal(10_500_000m, officerView.GetProperty("reservePrice").GetDecimal());
        var publicView = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/public/projects/{project}"));
        Assert.Equal(JsonValueKind.Null, publicView.GetProperty("reservePrice").ValueKind);
        Assert.Equal(Increment, publicView.GetProperty("increment").GetDecimal());
        Assert.DoesNotContain("10500000", await _hall.Anonymous.GetStringAsync($"/api/bidding/projects/{project}/record"));

        await (await Bid(Bidder(0), project, Start)).AssertProblemAsync(409, "auction-not-open");
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/start", null))
            .AssertProblemAsync(409, "registration-open");
        _hall.Host.Clock.Set("2026-03-10T10:00:00+08:00");
        var opened = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/start", null));
        Assert.Equal("auctioning", opened.GetProperty("status").GetString());
        Assert.Equal(Start, opened.GetProperty("nextMinimum").GetDecimal());

        await (await Bid(Bidder(3), project, Start)).AssertProblemAsync(403, "not-registered");
        var low = await (await Bid(Bidder(0), project, Start - 0.01m)).AssertProblemAsync(422, "bid-too-low");
        Assert.Contains("10000000.00", low.GetProperty("detail").GetString());

        // A retry with the same key is the same bid; the same key with another amount is refused.
        var first = await Ok(await Bid(Bidder(0), project, Start, "bid-1"));
        var retried = await Ok(await Bid(Bidder(0), project, Start, "bid-1"));
        Assert.Equal(first.GetProperty("seq").GetInt32(), retried.GetProperty("seq").GetInt32());
        await (await Bid(Bidder(0), project, Start + Increment, "bid-1")).AssertProblemAsync(422, "idempotency-key-reused");
        await (await Bid(Bidder(0), project, Start + Increment)).AssertProblemAsync(409, "already-highest");

        var tooLittle = await (await Bid(Bidder(1), project, Start + Increment / 2)).AssertProblemAsync(422, "bid-too-low");
        Assert.Contains("10100000.00", tooLittle.GetProperty("detail").GetString());
        await Ok(await Bid(Bidder(1), project, Start + Increment));

        var board = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/auction"));
        Assert.Equal(2, board.GetProperty("bidCount").GetInt32());
        Assert.Equal(2, board.GetProperty("highest").GetProperty("paddle").GetInt32());
        Assert.Equal(Start + Increment, board.GetProperty("highest").GetProperty("amount").GetDecimal());
        Assert.Equal(Start + 2 * Increment, board.GetProperty("nextMinimum").GetDecimal());
        Assert.Equal(JsonValueKind.Null, board.GetProperty("reservePrice").ValueKind);
        Assert.DoesNotContain("竞买人", board.ToString());
        Assert.Equal(1, (await Ok(await Bidder(0).GetAsync($"/api/bidding/projects/{project}/auction")))
            .GetProperty("myPaddle").GetInt32());

        var closed = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/close", null));
        Assert.Equal("failed", closed.GetProperty("status").GetString());
        Assert.Equal("最高应价未达保留价", closed.GetProperty("failureReason").GetString());
        await (await Bid(Bidder(0), project, Start + 3 * Increment)).AssertProblemAsync(409, "auction-not-open");
        var after = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/auction"));
        Assert.Equal(10_500_000m, after.GetProperty("reservePrice").GetDecimal());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("nextMinimum").ValueKind);
        Assert.True(await _hall.Harness.PublishedAsync<TradingProjectFailed>(
            m => m.ProjectId == project && m.Reason == "最高应价未达保留价" && m.ValidBids == 2));
        var verification = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record/verify"));
        Assert.True(verification.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task Of_two_bids_at_once_for_the_same_minimum_one_wins_and_the_highest_is_awarded()
    {
        var project = await AuctionWith(null, 3);
        _hall.Host.Clock.Set("2026-03-10T10:00:00+08:00");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/start", null));
        await Ok(await Bid(Bidder(0), project, Start));

        var responses = await Task.WhenAll(Bid(Bidder(1), project, Start + Increment),
            Bid(Bidder(2), project, Start + Increment));
        var accepted = Assert.Single(responses, r => r.IsSuccessStatusCode);
        var refused = Assert.Single(responses, r => !r.IsSuccessStatusCode);
        Assert.Contains((int)refused.StatusCode, new[] { 409, 422 });
        var board = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/auction"));
        Assert.Equal(2, board.GetProperty("bidCount").GetInt32());
        var winner = Array.IndexOf(responses, accepted) + 1;

        var awarded = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/close", null));
        Assert.Equal("awarded", awarded.GetProperty("status").GetString());
        Assert.Equal($"竞买人{winner}", awarded.GetProperty("winner").GetString());
        Assert.Equal(Start + Increment, awarded.GetProperty("awardAmount").GetDecimal());
        Assert.True(await _hall.Harness.PublishedAsync<TradingProjectAwarded>(m => m.ProjectId == project
            && m.Procedure == "auction" && m.AwardAmount == Start + Increment && m.ValidBids == 2));
        var verification = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record/verify"));
        Assert.True(verification.GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task An_auction_without_a_bid_fails()
    {
        var project = await AuctionWith(null, 1);
        _hall.Host.Clock.Set("2026-03-10T10:00:00+08:00");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/start", null));
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening/close", null))
            .AssertProblemAsync(409, "not-open");
        var failed = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/close", null));
        Assert.Equal("无人应价", failed.GetProperty("failureReason").GetString());
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/auction/close", null))
            .AssertProblemAsync(409, "auction-not-open");
    }
}
