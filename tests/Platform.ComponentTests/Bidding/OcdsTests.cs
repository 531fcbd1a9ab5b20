using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// DESIGN §6 open data: the trading projects' stages as an OCDS 1.1 release package, valid against the standard's
/// own schema; one release per stage on the period's days, nothing outside it, a bad period refused.
/// </summary>
public sealed class OcdsTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The package for the period, after checking it against release-package-schema.json.</summary>
    async Task<JsonElement> PackageAsync(string from, string to)
    {
        var response = await _hall.Anonymous.GetAsync($"/api/bidding/ocds/releases?from={from}&to={to}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        var errors = await OcdsSchema.ErrorsAsync(text);
        Assert.True(errors.Count == 0, "Not a valid OCDS release package:\n" + string.Join("\n", errors) + "\n" + text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    static JsonElement Release(JsonElement package, string id) =>
        package.GetProperty("releases").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    static string[] Tags(JsonElement package) => package.GetProperty("releases").EnumerateArray()
        .Select(r => $"{r.GetProperty("ocid").GetString()} {string.Join(",", r.GetProperty("tag").EnumerateArray().Select(t => t.GetString()))}").ToArray();

    async Task KeyAsync(Guid project, (HttpClient Bidder, Guid BidId, string Key) bid) =>
        await Ok(await bid.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{bid.BidId}/key", new { key = bid.Key }));

    [Fact]
    public async Task Tender_amendment_award_contract_and_a_failed_tender_are_valid_OCDS_releases_on_their_days()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var won = await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        var failed = await _hall.AnnounceAsync(budget: 500_000m, deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        _hall.Host.Clock.Set("2026-03-02T10:00:00+08:00");
        await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{won}/amendments",
            new { text = "补充工程量清单", newBidDeadline = "2026-03-24T09:30:00+08:00" }));
        var a = await _hall.BidAsync(won, 0, new { price = 1_876_543.21m });
        var b = await _hall.BidAsync(won, 1, new { price = 1_765_432.10m });
        var c = await _hall.BidAsync(won, 2, new { price = 1_999_999.00m });
        var d = await _hall.BidAsync(failed, 0, new { price = 480_000m });
        var e = await _hall.BidAsync(failed, 3, new { price = 470_000m });

        _hall.Host.Clock.Set("2026-03-24T09:31:00+08:00");
        foreach (var project in new[] { won, failed })
        {
            await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening", null));
        }
        foreach (var (project, bid) in new[] { (won, a), (won, b), (won, c), (failed, d), (failed, e) })
        {
            await KeyAsync(project, bid);
        }
        Assert.Equal("failed", (await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{failed}/opening/close", null))).GetProperty("status").GetString());
        _hall.Host.Clock.Set("2026-03-24T09:40:00+08:00"); // after the 流标, so the day's releases have an order
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{won}/opening/close", null));
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{won}/candidates", null));
        _hall.Host.Clock.Set("2026-03-27T10:00:00+08:00"); // the candidates' 3 days' publicity over
        await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{won}/award", new { }));
        _hall.Host.Clock.Set("2026-04-10T10:00:00+08:00");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{won}/contract", null));

        var wonOcid = $"ocds-hall01-{won}";
        var failedOcid = $"ocds-hall01-{failed}";
        var all = await PackageAsync("2026-03-01", "2026-04-30");
        Assert.Equal("1.1", all.GetProperty("version").GetString());
        Assert.False(string.IsNullOrEmpty(all.GetProperty("publisher").GetProperty("name").GetString()));
        var tenders = new[] { $"{wonOcid} tender", $"{failedOcid} tender" }.Order(StringComparer.Ordinal);
        Assert.Equal([.. tenders, $"{wonOcid} tenderAmendment", $"{failedOcid} tenderUpdate", $"{wonOcid} award", $"{wonOcid} contract"], Tags(all));

        // The announcement: as first announced, no tenderers before the opening.
        var tender = Release(all, $"{wonOcid}-tender");
        Assert.Equal("2026-03-02T09:00:00+08:00", tender.GetProperty("date").GetString());
        Assert.Equal("tender", tender.GetProperty("initiationType").GetString());
        var t = tender.GetProperty("tender");
        Assert.Equal(("active", "open", "公开招标", "works"), (t.GetProperty("status").GetString(), t.GetProperty("procurementMethod").GetString(),
            t.GetProperty("procurementMethodDetails").GetString(), t.GetProperty("mainProcurementCategory").GetString()));
        Assert.Equal(2_000_000m, t.GetProperty("value").GetProperty("amount").GetDecimal());
        Assert.Equal("CNY", t.GetProperty("value").GetProperty("currency").GetString());
        Assert.Equal("2026-03-23T09:30:00+08:00", t.GetProperty("tenderPeriod").GetProperty("endDate").GetString());
        Assert.Equal("https://ggzy.example.gov.cn/doc/1.pdf", t.GetProperty("documents")[0].GetProperty("url").GetString());
        Assert.False(t.TryGetProperty("tenderers", out _));
        Assert.False(t.TryGetProperty("numberOfTenderers", out _));
        var buyer = Assert.Single(tender.GetProperty("parties").EnumerateArray());
        Assert.Equal(["buyer"], buyer.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(("CN-USCC", "12510181MB1B234569"), (buyer.GetProperty("identifier").GetProperty("scheme").GetString(), buyer.GetProperty("identifier").GetProperty("id").GetString()));
        Assert.Equal(buyer.GetProperty("id").GetString(), tender.GetProperty("buyer").GetProperty("id").GetString());

        var amendment = Release(all, $"{wonOcid}-amendment-1").GetProperty("tender");
        Assert.Equal("2026-03-24T09:30:00+08:00", amendment.GetProperty("tenderPeriod").GetProperty("endDate").GetString());
        Assert.Equal("补充工程量清单", Assert.Single(amendment.GetProperty("amendments").EnumerateArray()).GetProperty("description").GetString());

        var unsuccessful = Release(all, $"{failedOcid}-failed");
        Assert.Equal("unsuccessful", unsuccessful.GetProperty("tender").GetProperty("status").GetString());
        Assert.Equal(2, unsuccessful.GetProperty("tender").GetProperty("numberOfTenderers").GetInt32());
        Assert.False(unsuccessful.TryGetProperty("awards", out _));

        var award = Release(all, $"{wonOcid}-award");
        Assert.Equal("complete", award.GetProperty("tender").GetProperty("status").GetString());
        Assert.Equal(3, award.GetProperty("tender").GetProperty("numberOfTenderers").GetInt32());
        var awarded = Assert.Single(award.GetProperty("awards").EnumerateArray());
        Assert.Equal(1_765_432.10m, awarded.GetProperty("value").GetProperty("amount").GetDecimal());
        var supplier = Assert.Single(awarded.GetProperty("suppliers").EnumerateArray()).GetProperty("id").GetString();
        Assert.Equal($"CN-USCC-{BiddingScenario.Firms[1]}", supplier);
        var winner = award.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("id").GetString() == supplier);
        Assert.Equal(["tenderer", "supplier"], winner.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(4, award.GetProperty("parties").GetArrayLength());

        var contract = Assert.Single(Release(all, $"{wonOcid}-contract").GetProperty("contracts").EnumerateArray());
        Assert.Equal("2026-04-10T10:00:00+08:00", contract.GetProperty("dateSigned").GetString());
        Assert.Equal(awarded.GetProperty("id").GetString(), contract.GetProperty("awardID").GetString());
        Assert.Equal(1_765_432.10m, contract.GetProperty("value").GetProperty("amount").GetDecimal());

        // One day: only what happened on it.
        Assert.Equal([$"{failedOcid} tenderUpdate"], Tags(await PackageAsync("2026-03-24", "2026-03-24")));
        Assert.Equal([$"{wonOcid} award"], Tags(await PackageAsync("2026-03-27", "2026-03-27")));
        Assert.Empty((await PackageAsync("2025-01-01", "2026-03-01")).GetProperty("releases").EnumerateArray());
        Assert.Empty((await PackageAsync("2026-04-11", "2026-12-31")).GetProperty("releases").EnumerateArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=2026-03-01")]
    [InlineData("?from=2026-04-30&to=2026-03-01")]
    [InlineData("?from=2026/03/01&to=2026-03-31")]
    public async Task A_missing_or_bad_period_is_refused(string query) =>
        await (await _hall.Anonymous.GetAsync("/api/bidding/ocds/releases" + query)).AssertProblemAsync(400, "validation-failed");

    [Fact]
    public async Task The_schema_check_rejects_what_OCDS_does_not_allow()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        var text = await _hall.Anonymous.GetStringAsync("/api/bidding/ocds/releases?from=2026-03-02&to=2026-03-02");
        Assert.Empty(await OcdsSchema.ErrorsAsync(text));
        Assert.Single(JsonNode.Parse(text)!["releases"]!.AsArray());

        var broken = JsonNode.Parse(text)!;
        broken["releases"]![0]!["tender"]!["status"] = "failed"; // not in the closed tenderStatus codelist
        broken["releases"]![0]!["tag"] = new JsonArray();
        var errors = await OcdsSchema.ErrorsAsync(broken.ToJsonString());
        Assert.Contains(errors, e => e.StartsWith("NotInEnumeration") && e.EndsWith("tender.status"));
        Assert.Contains(errors, e => e.StartsWith("TooFewItems") && e.EndsWith("tag"));
        broken.AsObject().Remove("version");
        Assert.Contains(await OcdsSchema.ErrorsAsync(broken.ToJsonString()), e => e.StartsWith("PropertyRequired") && e.EndsWith("version"));
    }
}
