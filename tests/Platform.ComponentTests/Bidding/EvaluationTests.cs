using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Bidding.Award;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// 评标 to 定标: only the drawn experts score, once each, after the opening closed; candidates wait for every sheet;
/// the award waits for the publicity's end and for every 异议's answer; an upheld one reopens the evaluation; a
/// contract not signed within 30 days is listed and recorded as overdue.
/// </summary>
public sealed class EvaluationTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();
    static readonly string[] Experts = ["E9001", "E9002", "E9003"];

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    HttpClient Expert(int i) => _hall.As($"expert-{i}", Roles.Expert);

    /// <summary>A weighted (price weight 30) open tender announced 2026-03-02, bids due 03-23 09:30.</summary>
    async Task<Guid> AnnounceWeightedAsync()
    {
        var created = await Ok(await _hall.Officer.PostAsJsonAsync("/api/bidding/projects", new
        {
            name = "示范市图书馆智能化改造工程",
            procedure = "open-tender",
            category = "works",
            budget = 1_500_000m,
            buyerName = "示范市图书馆",
            buyerCreditCode = "12510181MB1B234569",
            evaluationMethod = "weighted",
            priceWeight = 30m,
            documents = new[] { new { title = "招标文件", url = "https://ggzy.example.gov.cn/doc/2.pdf" } },
            bidDeadline = DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"),
        }));
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>Three experts in the pool (accounts expert-0..2), all drawn for the project.</summary>
    async Task DrawExpertsAsync(Guid project)
    {
        for (var i = 0; i < Experts.Length; i++)
        {
            await Ok(await _hall.Officer.PostAsJsonAsync("/api/bidding/experts", new
            {
                code = Experts[i],
                account = $"expert-{i}",
                name = $"专家{i}",
                specialties = new[] { "A010101" },
                relations = Array.Empty<string>(),
            }));
        }
        var draw = await Ok(await _hall.Officer.PostAsJsonAsync("/api/bidding/draws", new
        {
            projectId = project,
            purpose = "experts",
            specialty = "A010101",
            count = 3,
            conflicts = Array.Empty<string>(),
        }));
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/draws/{draw.GetProperty("drawId").GetString()}/draw", null));
    }

    async Task OpenAndCloseAsync(Guid project, IEnumerable<(HttpClient Bidder, Guid BidId, string Key)> bids)
    {
        _hall.Host.Clock.Set("2026-03-23T09:31:00+08:00");
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening", null));
        foreach (var (bidder, bidId, key) in bids)
        {
            await Ok(await bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/bids/{bidId}/key", new { key }));
        }
        Assert.Equal("evaluating", (await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/opening/close", null)))
            .GetProperty("status").GetString());
    }

    [Fact]
    public async Task Weighted_tender_from_the_drawn_experts_scores_through_publicity_and_a_dismissed_objection_to_the_award()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await AnnounceWeightedAsync();
        await DrawExpertsAsync(project);
        var a = await _hall.BidAsync(project, 0, new { price = 1_000_000m });
        var b = await _hall.BidAsync(project, 1, new { price = 1_250_000m });
        var c = await _hall.BidAsync(project, 2, new { price = 800_000m });
        decimal[][] technical = [[60m, 70m, 50m], [62m, 69m, 51m], [64m, 68m, 53m]];
        object Sheet(int expert) => new
        {
            scores = new[] { a.BidId, b.BidId, c.BidId }.Select((bid, i) => new { bidId = bid, technical = technical[expert][i], comment = "符合招标文件要求" }),
        };

        // Before the opening closed: 409 to a drawn expert; 403 to an expert not drawn and to a bidder.
        await (await Expert(0).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(0))).AssertProblemAsync(409, "not-evaluating");
        await (await Expert(0).GetAsync($"/api/bidding/projects/{project}/evaluation")).AssertProblemAsync(409, "opening-not-closed");
        var stranger = _hall.As("expert-x", Roles.Expert);
        await (await stranger.PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(0))).AssertProblemAsync(403, "not-on-committee");
        await (await stranger.GetAsync($"/api/bidding/projects/{project}/evaluation")).AssertProblemAsync(403, "not-on-committee");
        await (await a.Bidder.GetAsync($"/api/bidding/projects/{project}/evaluation")).AssertProblemAsync(403, "not-on-committee");
        var assignment = Assert.Single((await Ok(await Expert(1).GetAsync("/api/bidding/expert/assignments"))).EnumerateArray());
        Assert.Equal((project, "E9002", false), (assignment.GetProperty("projectId").GetGuid(), assignment.GetProperty("expertCode").GetString(), assignment.GetProperty("scored").GetBoolean()));
        Assert.Empty((await Ok(await stranger.GetAsync("/api/bidding/expert/assignments"))).EnumerateArray());

        await OpenAndCloseAsync(project, [a, b, c]);
        var evaluation = await Ok(await Expert(0).GetAsync($"/api/bidding/projects/{project}/evaluation"));
        Assert.Equal([1_000_000m, 1_250_000m, 800_000m], evaluation.GetProperty("bids").EnumerateArray().Select(x => x.GetProperty("price").GetDecimal()));
        Assert.Equal(30m, evaluation.GetProperty("priceWeight").GetDecimal());

        // Out of range, incomplete: refused. Two of three sheets: no candidates yet.
        await (await Expert(0).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", new { scores = new[] { new { bidId = a.BidId, technical = 71m } } }))
            .AssertProblemAsync(422, "scores-incomplete");
        await (await Expert(0).PostAsJsonAsync($"/api/bidding/projects/{project}/scores",
            new { scores = new[] { a.BidId, b.BidId, c.BidId }.Select(bid => new { bidId = bid, technical = 70.5m }) })).AssertProblemAsync(422, "technical-out-of-range");
        await Ok(await Expert(0).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(0)));
        await (await Expert(0).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(0))).AssertProblemAsync(409, "already-scored");
        await Ok(await Expert(1).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(1)));
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null)).AssertProblemAsync(409, "scores-missing");
        await Ok(await Expert(2).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(2)));

        // Totals (RankingTests' numbers): B 88.20, A 86.00, C 81.33.
        _hall.Host.Clock.Set("2026-03-24T10:00:00+08:00");
        var published = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null));
        Assert.Equal("candidates", published.GetProperty("status").GetString());
        Assert.Equal(DateTimeOffset.Parse("2026-03-27T10:00:00+08:00"), published.GetProperty("publicityEndsAt").GetDateTimeOffset());
        var candidates = published.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal([b.BidId, a.BidId, c.BidId], candidates.Select(x => x.GetProperty("bidId").GetGuid()));
        Assert.Equal([88.20m, 86.00m, 81.33m], candidates.Select(x => x.GetProperty("score").GetDecimal()));
        var shown = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/public/projects/{project}"));
        Assert.Equal(3, shown.GetProperty("candidates").GetArrayLength());
        Assert.True((await Ok(await Expert(1).GetAsync("/api/bidding/expert/assignments")))[0].GetProperty("scored").GetBoolean());

        // During the publicity: no award; 异议 from a registered bidder only.
        await (await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/award", new { })).AssertProblemAsync(409, "publicity-running");
        await (await _hall.As("firm3", Roles.Applicant).PostAsJsonAsync($"/api/bidding/projects/{project}/objections", new { text = "异议" }))
            .AssertProblemAsync(403, "not-registered");
        var raised = await Ok(await a.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/objections", new { text = "第一候选人业绩证明不实。" }));
        var objection = raised.GetProperty("objectionId").GetGuid();
        Assert.True(await _hall.Harness.PublishedAsync<TradingObjectionRaised>(e => e.ObjectionId == objection));
        Assert.Single((await Ok(await a.Bidder.GetAsync($"/api/bidding/projects/{project}/objections"))).EnumerateArray());
        Assert.Empty((await Ok(await b.Bidder.GetAsync($"/api/bidding/projects/{project}/objections"))).EnumerateArray());
        Assert.Equal(401, (int)(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/objections")).StatusCode);

        // After the publicity: the open objection still holds the award; dismissed, the first candidate wins.
        _hall.Host.Clock.Set("2026-03-27T10:00:00+08:00");
        await (await a.Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/objections", new { text = "逾期异议" })).AssertProblemAsync(409, "not-in-publicity");
        await (await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/award", new { })).AssertProblemAsync(409, "objection-open");
        await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/objections/{objection}/decision",
            new { upheld = false, reply = "经核查，业绩证明真实有效，异议不成立。" }));
        Assert.True(await _hall.Harness.PublishedAsync<TradingObjectionDecided>(e => e.ObjectionId == objection && !e.Upheld));
        await (await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/award", new { bidId = Guid.NewGuid() })).AssertProblemAsync(422, "not-a-candidate");
        var awarded = await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/award", new { }));
        Assert.Equal(("投标单位1", 1_250_000m), (awarded.GetProperty("winner").GetString(), awarded.GetProperty("awardAmount").GetDecimal()));
        Assert.Equal(DateTimeOffset.Parse("2026-04-26T10:00:00+08:00"), awarded.GetProperty("contractDueAt").GetDateTimeOffset());

        var kinds = (await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record"))).EnumerateArray()
            .Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(3, kinds.Count(k => k == "scores"));
        Assert.Equal(["candidates", "objection", "objection-decided", "award"], kinds.SkipWhile(k => k != "candidates"));
        Assert.True((await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record/verify"))).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task An_upheld_objection_sends_the_project_back_to_evaluation_where_the_experts_score_again()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        await DrawExpertsAsync(project);
        var bids = new[] { await _hall.BidAsync(project, 0, new { price = 1_500_000m }), await _hall.BidAsync(project, 1, new { price = 1_400_000m }),
            await _hall.BidAsync(project, 2, new { price = 1_450_000m }) };
        await OpenAndCloseAsync(project, bids);
        object Sheet(bool cheapestQualified) => new
        {
            scores = bids.Select(x => new { bidId = x.BidId, qualified = x.BidId != bids[1].BidId || cheapestQualified }),
        };
        for (var i = 0; i < 3; i++)
        {
            await Ok(await Expert(i).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(true)));
        }
        var first = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null));
        Assert.Equal(bids[1].BidId, first.GetProperty("candidates")[0].GetProperty("bidId").GetGuid());

        var objection = (await Ok(await bids[0].Bidder.PostAsJsonAsync($"/api/bidding/projects/{project}/objections",
            new { text = "第一候选人不具备资质。" }))).GetProperty("objectionId").GetGuid();
        var decided = await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/objections/{objection}/decision",
            new { upheld = true, reply = "异议成立，重新评审。" }));
        Assert.True(decided.GetProperty("upheld").GetBoolean());
        await (await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/objections/{objection}/decision",
            new { upheld = false, reply = "再答" })).AssertProblemAsync(409, "objection-decided");
        var reopened = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/public/projects/{project}"));
        Assert.Equal("evaluating", reopened.GetProperty("status").GetString());
        Assert.Equal(0, reopened.GetProperty("candidates").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("publicityEndsAt").ValueKind);

        // Every expert scores again (two of three now find the cheapest unqualified); the candidates follow.
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null)).AssertProblemAsync(409, "scores-missing");
        for (var i = 0; i < 3; i++)
        {
            await Ok(await Expert(i).PostAsJsonAsync($"/api/bidding/projects/{project}/scores", Sheet(i == 2)));
        }
        var second = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null));
        Assert.Equal([bids[2].BidId, bids[0].BidId], second.GetProperty("candidates").EnumerateArray().Select(x => x.GetProperty("bidId").GetGuid()));
        Assert.True(await _hall.Harness.PublishedAsync<TradingObjectionDecided>(e => e.ObjectionId == objection && e.Upheld));
    }

    [Fact]
    public async Task A_contract_not_signed_within_30_days_of_the_award_is_listed_and_recorded_once_as_overdue()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await _hall.AnnounceAsync(deadline: DateTimeOffset.Parse("2026-03-23T09:30:00+08:00"));
        var bids = new[] { await _hall.BidAsync(project, 0, new { price = 1_500_000m }), await _hall.BidAsync(project, 1, new { price = 1_400_000m }),
            await _hall.BidAsync(project, 2, new { price = 1_450_000m }) };
        await OpenAndCloseAsync(project, bids);
        // No expert draw: a lowest-price tender goes on the opened prices.
        await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/candidates", null));
        _hall.Host.Clock.Set("2026-03-27T10:00:00+08:00");
        await Ok(await _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/award", new { }));

        _hall.Host.Clock.Set("2026-04-26T09:00:00+08:00");
        Assert.Empty((await Ok(await _hall.Officer.GetAsync("/api/bidding/contracts/overdue"))).EnumerateArray());
        _hall.Host.Clock.Set("2026-04-28T11:00:00+08:00");
        var overdue = Assert.Single((await Ok(await _hall.Officer.GetAsync("/api/bidding/contracts/overdue"))).EnumerateArray());
        Assert.Equal((project, 2), (overdue.GetProperty("projectId").GetGuid(), overdue.GetProperty("daysOverdue").GetInt32()));

        var watch = _hall.Host.Services.GetServices<IHostedService>().OfType<ContractOverdueWatch>().Single();
        await watch.RunOnceAsync(CancellationToken.None);
        await watch.RunOnceAsync(CancellationToken.None);
        var kinds = (await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{project}/record"))).EnumerateArray()
            .Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(1, kinds.Count(k => k == "contract-overdue"));
    }
}
