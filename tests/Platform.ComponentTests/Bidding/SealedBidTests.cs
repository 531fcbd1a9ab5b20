using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Bidding;
using Platform.SealedBidClient;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// DESIGN §6's sealed bids end to end: nothing readable before the opening (not through any route, not in the
/// database file), keys refused before it, decryption and hash check at the opening, 流标, award, the record chain.
/// </summary>
public sealed class SealedBidTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_tender_from_announcement_to_contract_keeps_prices_sealed_until_the_opening()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        var a = await _hall.BidAsync(project, 0, new { price = 1_876_543.21m, duration = "180 日历天" });
        var b = await _hall.BidAsync(project, 1, new { price = 1_765_432.10m });
        var c = await _hall.BidAsync(project, 2, new { price = "1999999.00" });

        // Before the deadline: who, when and the hash — to the officer and the admin too — and no key is taken.
        foreach (var staff in new[] { _hall.Officer, _hall.Admin })
        {
            var listed = await staff.GetStringAsync($"/api/bidding/projects/{project}/bids");
            Assert.DoesNotContain("1876543", listed);
            Assert.DoesNotContain("price", listed);
        }
        await (await a.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{a.BidId}/key", new { key = a.Key }))
            .AssertProblemAsync(409, "opening-not-started");
        await (await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/opening")).AssertProblemAsync(409, "not-opened");
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening", null)).AssertProblemAsync(409, "deadline-not-reached");
        Assert.False(DatabaseHolds("1876543.21") || DatabaseHolds("1765432.1") || DatabaseHolds("1999999"));

        _hall.Host.Clock.Set("2026-03-23T09:31:00+08:00");
        var late = await _hall.As("firm3", "applicant").PostAsJsonAsync($"/api/bidding/projects/{project}/bids", BidSealing.Seal(new { price = 1m }).Body);
        await late.AssertProblemAsync(409, "deadline-passed");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening", null));
        var wrongKey = Convert.ToBase64String(new byte[32]);
        await (await a.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{a.BidId}/key", new { key = wrongKey }))
            .AssertProblemAsync(422, "key-invalid");
        Assert.Equal(1_876_543.21m, (await Ok(await a.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{a.BidId}/key", new { key = a.Key }))).GetProperty("price").GetDecimal());
        await Ok(await b.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{b.BidId}/key", new { key = b.Key }));
        await Ok(await c.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{c.BidId}/key", new { key = c.Key }));
        var board = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/opening"));
        Assert.Equal([1_876_543.21m, 1_765_432.10m, 1_999_999.00m], board.GetProperty("bids").EnumerateArray().Select(x => x.GetProperty("price").GetDecimal()));

        var closed = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening/close", null));
        Assert.Equal("evaluating", closed.GetProperty("status").GetString());
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null));
        _hall.Host.Clock.Set("2026-03-26T10:00:00+08:00"); // after the 3 days' publicity
        var awarded = await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/award", new { }));
        Assert.Equal("投标单位1", awarded.GetProperty("winner").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<TradingProjectAwarded>(e => e.ProjectId == project
            && e.AwardAmount == 1_765_432.10m && e.Budget == 2_000_000m && e.ValidBids == 3));
        _hall.Host.Clock.Set("2026-04-10T10:00:00+08:00");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/contract", null));
        Assert.True(await _hall.Harness.PublishedAsync<TradingContractSigned>(e => e.ProjectId == project && e.WithinDeadline));

        // The record: every step chained, and anyone can recompute it.
        var record = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record"));
        Assert.Equal(["announcement", "bid-received", "bid-received", "bid-received", "opening", "bid-decrypted", "bid-decrypted",
            "bid-decrypted", "opening-closed", "candidates", "award", "contract"], record.EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        var previous = new string('0', 64);
        foreach (var entry in record.EnumerateArray())
        {
            Assert.Equal(previous, entry.GetProperty("prevHash").GetString());
            var text = $"{previous}\n{entry.GetProperty("seq").GetInt32()}\n{entry.GetProperty("at").GetString()}\n{entry.GetProperty("kind").GetString()}\n{entry.GetProperty("payload").GetString()}";
            previous = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            Assert.Equal(previous, entry.GetProperty("hash").GetString());
        }
        Assert.True((await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record/verify"))).GetProperty("valid").GetBoolean());

        // Someone edits a stored entry: verification names it.
        Execute($"UPDATE record_entries SET Payload = replace(Payload, '1765432.1', '1700000') WHERE Kind = 'award'");
        var verify = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record/verify"));
        Assert.False(verify.GetProperty("valid").GetBoolean());
        Assert.Equal(11, verify.GetProperty("brokenAt").GetInt32());
    }

    [Fact]
    public async Task An_open_tender_with_fewer_than_three_valid_bids_fails_and_a_wrong_hash_makes_a_bid_invalid()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        var a = await _hall.BidAsync(project, 0, new { price = 1_500_000m });
        var b = await _hall.BidAsync(project, 1, new { price = 1_600_000m });
        var liar = _hall.As("firm2", "applicant");
        (await liar.PostAsJsonAsync($"/api/bidding/projects/{project}/registrations", new { firmName = "投标单位2", firmCreditCode = BiddingScenario.Firms[2] })).EnsureSuccessStatusCode();
        var (sealedBid, key) = BidSealing.Seal(new { price = 900_000m });
        var lie = await Ok(await liar.PostAsJsonAsync($"/api/bidding/projects/{project}/bids", sealedBid with { PlaintextSha256 = new string('a', 64) }));
        _ = await _hall.BidAsync(project, 3, new { price = 1_700_000m }); // never decrypted

        _hall.Host.Clock.Set("2026-03-23T09:30:00+08:00");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening", null));
        await Ok(await a.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{a.BidId}/key", new { key = a.Key }));
        await Ok(await b.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{b.BidId}/key", new { key = b.Key }));
        await (await liar.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{lie.GetProperty("bidId").GetGuid()}/key", new { key }))
            .AssertProblemAsync(422, "hash-mismatch");
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening/close", null)).AssertProblemAsync(409, "keys-still-due");

        _hall.Host.Clock.Set("2026-03-23T10:01:00+08:00");
        var closed = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening/close", null));
        Assert.Equal("failed", closed.GetProperty("status").GetString());
        Assert.Equal(["decrypted", "decrypted", "invalid", "withdrawn"], closed.GetProperty("bids").EnumerateArray().Select(x => x.GetProperty("status").GetString()));
        Assert.True(await _hall.Harness.PublishedAsync<TradingProjectFailed>(e => e.ProjectId == project && e.ValidBids == 2));
    }

    [Fact]
    public async Task The_minimum_announcement_period_and_late_amendments_are_enforced()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var tooShort = await _hall.Officer.PostAsJsonAsync("/api/bidding/projects", new
        {
            name = "短期招标",
            procedure = "open-tender",
            category = "goods",
            budget = 100000m,
            buyerName = "某局",
            buyerCreditCode = "12510181MB1B234569",
            evaluationMethod = "lowest-price",
            bidDeadline = "2026-03-20T09:30:00+08:00",
        });
        await tooShort.AssertProblemAsync(422, "announcement-period-too-short");
        // 询价: three working days — Monday 03-02 → Thursday 03-05 at the same time.
        var inquiry = await _hall.AnnounceAsync("inquiry", 80_000m, DateTimeOffset.Parse("2026-03-05T09:00:00+08:00"));
        _hall.Host.Clock.Set("2026-03-04T09:00:00+08:00");
        await (await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{inquiry}/amendments", new { text = "修改技术参数" }))
            .AssertProblemAsync(422, "deadline-extension-required");
        var amended = await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{inquiry}/amendments",
            new { text = "修改技术参数", newBidDeadline = "2026-03-09T09:00:00+08:00" }));
        Assert.Equal(DateTimeOffset.Parse("2026-03-09T09:00:00+08:00"), amended.GetProperty("bidDeadline").GetDateTimeOffset());
        var listed = await Ok(await _hall.Anonymous.GetAsync("/api/bidding/public/projects?procedure=inquiry"));
        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal("announced", listed.GetProperty("items")[0].GetProperty("status").GetString());
    }

    bool DatabaseHolds(string text)
    {
        var bytes = File.ReadAllBytes(Path.Combine(_hall.DataDirectory, "bidding.db"));
        var wal = Path.Combine(_hall.DataDirectory, "bidding.db-wal");
        var all = File.Exists(wal) ? [.. bytes, .. File.ReadAllBytes(wal)] : bytes;
        return Encoding.UTF8.GetString(all).Contains(text, StringComparison.Ordinal);
    }

    void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_hall.DataDirectory, "bidding.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
