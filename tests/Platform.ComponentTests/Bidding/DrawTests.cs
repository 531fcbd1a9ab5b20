using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// Verifiable draws (DESIGN §6) through the public API: the commitment binds the secret revealed later, an outsider's
/// recomputation from the published fields gives the published selection, 回避 and explicit exclusions are listed
/// and never drawn, a draw happens once and only with enough candidates.
/// </summary>
public sealed class DrawTests : IAsyncLifetime
{
    readonly DrawScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static readonly string[] Firms =
        ["示例（成都）建设有限公司", "北京建工集团有限公司", "Alpha Build Co", "甲乙建筑公司", "ZZ工程", "四川路桥", "蜀道建设"];

    [Fact]
    public void The_outsiders_recomputation_matches_a_vector_computed_elsewhere()
    {
        // Computed with Python's hashlib from DESIGN §6, so the test's verifier is itself checked independently.
        var draw = JsonSerializer.SerializeToElement(new
        {
            drawId = "0196f3a2-7c4e-7d10-8b2a-3f1e5d6c7b8a",
            secret = Convert.ToHexStringLower(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()),
            count = 3,
            candidates = new[] { "甲乙建筑公司", "Alpha Build Co", "示例（成都）建设有限公司", "ZZ工程", "北京建工集团有限公司" },
        });
        Assert.Equal(["ZZ工程", "Alpha Build Co", "北京建工集团有限公司"], DrawVerifier.Recompute(draw));
        Assert.Equal("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd",
            DrawVerifier.CommitmentOf(draw.GetProperty("secret").GetString()!));
    }

    [Fact]
    public async Task A_firm_draw_commits_hides_then_reveals_a_result_anyone_recomputes()
    {
        var scheduled = await _hall.ScheduleAsync(new
        {
            purpose = "firms",
            count = 2,
            candidates = Firms,
            excluded = new[] { new { candidate = "四川路桥", reason = "持有本中心未完工项目" } },
        });
        var drawId = scheduled.GetProperty("drawId").GetString()!;
        Assert.True(Guid.TryParseExact(drawId, "D", out _) && drawId == drawId.ToLowerInvariant(), drawId);
        var commitment = scheduled.GetProperty("commitment").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", commitment);

        // Before the draw nobody, anonymous or staff, sees the secret, the candidates or a result.
        foreach (var before in new[] { scheduled, await Public(drawId), await StaffListed(drawId) })
        {
            Assert.Equal(JsonValueKind.Null, before.GetProperty("secret").ValueKind);
            Assert.Equal(JsonValueKind.Null, before.GetProperty("candidates").ValueKind);
            Assert.Equal(JsonValueKind.Null, before.GetProperty("selected").ValueKind);
            Assert.Equal(commitment, before.GetProperty("commitment").GetString());
        }

        var drawn = await _hall.DrawAsync(drawId);
        var published = await Public(drawId);
        Assert.Equal(drawn.GetRawText(), published.GetRawText());
        var secret = published.GetProperty("secret").GetString()!;
        Assert.Matches("^[0-9a-f]{64}$", secret);
        Assert.Equal(commitment, DrawVerifier.CommitmentOf(secret));

        var candidates = DrawVerifier.Strings(published.GetProperty("candidates"));
        Assert.Equal(Firms.Where(f => f != "四川路桥").Order(StringComparer.Ordinal), candidates);
        var excluded = published.GetProperty("excluded").EnumerateArray().Single();
        Assert.Equal("四川路桥", excluded.GetProperty("candidate").GetString());
        Assert.Equal("持有本中心未完工项目", excluded.GetProperty("reason").GetString());

        var selected = DrawVerifier.Strings(published.GetProperty("selected"));
        Assert.Equal(2, selected.Count);
        Assert.Equal(DrawVerifier.Recompute(published), selected);
        Assert.DoesNotContain("四川路桥", selected);
    }

    [Fact]
    public async Task Many_draws_each_recompute_and_the_secrets_differ()
    {
        var secrets = new HashSet<string>();
        for (var n = 0; n < 5; n++)
        {
            var drawId = (await _hall.ScheduleAsync(new { purpose = "auction-order", count = Firms.Length, candidates = Firms }))
                .GetProperty("drawId").GetString()!;
            var drawn = await _hall.DrawAsync(drawId);
            var selected = DrawVerifier.Strings(drawn.GetProperty("selected"));
            Assert.Equal(DrawVerifier.Recompute(drawn), selected);
            Assert.Equal(Firms.Order(StringComparer.Ordinal), selected.Order(StringComparer.Ordinal));
            Assert.True(secrets.Add(drawn.GetProperty("secret").GetString()!));
        }
    }

    [Fact]
    public async Task Experts_in_conflict_with_a_bidder_sit_out_with_the_reason()
    {
        await _hall.RegisterExpertAsync("E0001", "A0101", employer: "示例（成都）建设有限公司");
        await _hall.RegisterExpertAsync("E0002", "A0101", employer: "某设计研究院",
            relations: ["91350100M000100Y43"]);
        await _hall.RegisterExpertAsync("E0003", "A0101", employer: "某大学");
        await _hall.RegisterExpertAsync("E0004", "A0101");
        await _hall.RegisterExpertAsync("E0005", "A0101", employer: "某咨询公司");
        await _hall.RegisterExpertAsync("E0006", "B0202");
        await _hall.RegisterExpertAsync("E0007", "A0101", active: false);
        var drawId = (await _hall.ScheduleAsync(new
        {
            purpose = "experts",
            specialty = "A0101",
            count = 2,
            // Typed with half-width brackets and a space: still the same organisation as E0001's employer.
            conflicts = new[] { "示例(成都)建设有限公司 ", "91350100M000100Y43" },
        })).GetProperty("drawId").GetString()!;

        var drawn = await _hall.DrawAsync(drawId);

        Assert.Equal(["E0003", "E0004", "E0005"], DrawVerifier.Strings(drawn.GetProperty("candidates")));
        var reasons = drawn.GetProperty("excluded").EnumerateArray()
            .ToDictionary(e => e.GetProperty("candidate").GetString()!, e => e.GetProperty("reason").GetString()!);
        Assert.Equal(2, reasons.Count);
        Assert.Equal("与投标人 示例(成都)建设有限公司 同一单位", reasons["E0001"]);
        Assert.Equal("与投标人 91350100M000100Y43 有利害关系", reasons["E0002"]);
        var selected = DrawVerifier.Strings(drawn.GetProperty("selected"));
        Assert.Equal(DrawVerifier.Recompute(drawn), selected);
        Assert.All(selected, code => Assert.Contains(code, new[] { "E0003", "E0004", "E0005" }));
    }

    [Fact]
    public async Task A_draw_happens_once()
    {
        var drawId = (await _hall.ScheduleAsync(new { purpose = "firms", count = 1, candidates = Firms }))
            .GetProperty("drawId").GetString()!;
        var first = await _hall.DrawAsync(drawId);

        await (await _hall.Officer.PostAsync($"/api/bidding/draws/{drawId}/draw", null))
            .AssertProblemAsync(409, "already-drawn");
        Assert.Equal(first.GetRawText(), (await Public(drawId)).GetRawText());
    }

    [Fact]
    public async Task Too_few_candidates_is_refused_and_the_draw_stays_open()
    {
        await _hall.RegisterExpertAsync("E0101", "C0303");
        await _hall.RegisterExpertAsync("E0102", "C0303", employer: "投标人甲");
        var drawId = (await _hall.ScheduleAsync(new
        {
            purpose = "experts",
            specialty = "C0303",
            count = 2,
            conflicts = new[] { "投标人甲" },
        })).GetProperty("drawId").GetString()!;

        await (await _hall.Officer.PostAsync($"/api/bidding/draws/{drawId}/draw", null))
            .AssertProblemAsync(422, "too-few-candidates");
        var still = await Public(drawId);
        Assert.Equal(JsonValueKind.Null, still.GetProperty("secret").ValueKind);

        // A second expert of the specialty joins the pool: the same draw can now take place.
        await _hall.RegisterExpertAsync("E0103", "C0303");
        var drawn = await _hall.DrawAsync(drawId);
        Assert.Equal(["E0101", "E0103"], DrawVerifier.Strings(drawn.GetProperty("candidates")));
    }

    [Fact]
    public async Task Firms_fewer_than_the_count_are_refused()
    {
        var drawId = (await _hall.ScheduleAsync(new
        {
            purpose = "firms",
            count = 2,
            candidates = new[] { "甲公司", "乙公司" },
            excluded = new[] { new { candidate = "乙公司", reason = "持有本中心未完工项目" } },
        })).GetProperty("drawId").GetString()!;
        await (await _hall.Officer.PostAsync($"/api/bidding/draws/{drawId}/draw", null))
            .AssertProblemAsync(422, "too-few-candidates");
    }

    [Fact]
    public async Task Bad_requests_are_refused_and_unknown_draws_are_not_found()
    {
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/draws",
            new { purpose = "firms", count = 1, candidates = new[] { "甲\n乙", "丙" } })).AssertProblemAsync(400);
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/draws",
            new { purpose = "firms", count = 1, candidates = new[] { "甲", "甲" } })).AssertProblemAsync(400);
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/draws",
            new { purpose = "experts", count = 1 })).AssertProblemAsync(400);
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/draws",
            new { purpose = "lottery", count = 1, candidates = Firms })).AssertProblemAsync(400);
        await (await _hall.Anonymous.GetAsync($"/api/bidding/draws/{Guid.NewGuid()}"))
            .AssertProblemAsync(404, "draw-not-found");
        await (await _hall.Anonymous.GetAsync("/api/bidding/draws/not-a-guid")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Anyone_reads_a_draw_but_only_the_trading_centre_lists_schedules_and_performs()
    {
        var drawId = (await _hall.ScheduleAsync(new { purpose = "firms", count = 1, candidates = Firms }))
            .GetProperty("drawId").GetString()!;
        await DrawScenario.Ok(await _hall.Anonymous.GetAsync($"/api/bidding/draws/{drawId}"));

        await (await _hall.Anonymous.GetAsync("/api/bidding/draws")).AssertProblemAsync(401);
        await (await _hall.Expert.GetAsync("/api/bidding/draws")).AssertProblemAsync(403);
        await (await _hall.Expert.PostAsync($"/api/bidding/draws/{drawId}/draw", null)).AssertProblemAsync(403);
        await (await _hall.Expert.GetAsync("/api/bidding/experts")).AssertProblemAsync(403);
        await (await _hall.Anonymous.PostAsJsonAsync("/api/bidding/draws",
            new { purpose = "firms", count = 1, candidates = Firms })).AssertProblemAsync(401);
        Assert.Equal(JsonValueKind.Null, (await Public(drawId)).GetProperty("secret").ValueKind);
    }

    [Fact]
    public async Task The_pool_is_listed_by_specialty()
    {
        await _hall.RegisterExpertAsync("E0201", "D0404", employerCreditCode: "91350100M000100Y43");
        await _hall.RegisterExpertAsync("E0202", "D0505");
        await (await _hall.Officer.PostAsJsonAsync("/api/bidding/experts", new
        {
            code = "E0201",
            account = "x",
            name = "重复",
            specialties = new[] { "D0404" },
        })).AssertProblemAsync(409, "expert-exists");

        var page = await DrawScenario.Ok(await _hall.Officer.GetAsync("/api/bidding/experts?specialty=D0404"));
        var expert = page.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("E0201", expert.GetProperty("code").GetString());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    async Task<JsonElement> Public(string drawId) =>
        await DrawScenario.Ok(await _hall.Anonymous.GetAsync($"/api/bidding/draws/{drawId}"));

    async Task<JsonElement> StaffListed(string drawId)
    {
        var page = await DrawScenario.Ok(await _hall.Officer.GetAsync("/api/bidding/draws?page=1&pageSize=100"));
        return page.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("drawId").GetString() == drawId);
    }
}
