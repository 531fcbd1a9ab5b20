using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.SealedBidClient;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// The client example for bidders' own systems (samples/Platform.SealedBidClient) against the hall: a retried upload
/// with the same Idempotency-Key is one bid, an early key is refused with a problem, and after the opening the key
/// reveals the price sealed.
/// </summary>
public sealed class SealedBidClientTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();

    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task The_client_example_uploads_once_per_idempotency_key_and_reveals_after_the_opening()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        var bidder = _hall.As("firm0", "applicant");
        (await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/registrations",
            new { firmName = "投标单位0", firmCreditCode = BiddingScenario.Firms[0] })).EnsureSuccessStatusCode();
        var client = new HallClient(bidder);
        var (body, key) = BidSealing.Seal(new { price = 1_234_567.89m, duration = "180 日历天" });
        var attempt = Guid.NewGuid().ToString();

        var bidId = await client.UploadAsync(project, body, attempt);
        Assert.Equal(bidId, await client.UploadAsync(project, body, attempt));
        var early = await Assert.ThrowsAsync<HttpRequestException>(() => client.SupplyKeyAsync(project, bidId, key));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("opening-not-started", early.Message);

        _hall.Host.Clock.Set("2026-03-23T09:31:00+08:00");
        (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening", null)).EnsureSuccessStatusCode();
        var opened = await client.SupplyKeyAsync(project, bidId, key);
        Assert.Equal(1_234_567.89m, opened.GetProperty("price").GetDecimal());
        var bids = await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/bids");
        Assert.Equal(1, bids.GetArrayLength());
    }
}
