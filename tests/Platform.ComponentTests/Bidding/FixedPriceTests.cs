using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Bidding;
using Platform.ServiceDefaults.Security;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// 固定价比选 end to end: budget limit, 资格审查 after the deadline, the committed firms draw among the qualified,
/// the award at the fixed price, the exclusion of a firm holding an unfinished project and its release at 竣工.
/// </summary>
public sealed class FixedPriceTests : IAsyncLifetime
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
    public async Task A_fixed_price_selection_of_two_million_or_more_is_refused()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var response = await _hall.Officer.PostAsJsonAsync("/api/bidding/projects", new
        {
            name = "示范市体育馆改造工程",
            procedure = "fixed-price",
            category = "works",
            budget = 2_000_000m,
            buyerName = "示范市体育局",
            buyerCreditCode = "12510181MB1B234569",
            evaluationMethod = "lowest-price",
            bidDeadline = DateTimeOffset.Parse("2026-03-10T09:30:00+08:00"),
        });
        var problem = await response.AssertProblemAsync(422, "procedure-rule-violated");
        Assert.Contains("2000000", problem.GetProperty("detail").GetString());
        await _hall.AnnounceAsync("fixed-price", 1_999_999.99m, DateTimeOffset.Parse("2026-03-10T09:30:00+08:00"));
    }

    [Fact]
    public async Task The_drawn_firm_wins_at_the_fixed_price_and_is_excluded_until_its_works_are_completed()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var deadline = DateTimeOffset.Parse("2026-03-10T09:30:00+08:00");
        var first = await _hall.AnnounceAsync("fixed-price", 680_000m, deadline);
        var second = await _hall.AnnounceAsync("fixed-price", 520_000m, deadline);
        var third = await _hall.AnnounceAsync("fixed-price", 430_000m, deadline);
        foreach (var project in new[] { first, second, third })
        {
            for (var firm = 0; firm < 3; firm++)
            {
                await Register(project, firm);
            }
        }
        var registrations = await Ok(await _hall.Officer.GetAsync($"/api/bidding/projects/{first}/registrations"));
        var firm2 = registrations.EnumerateArray().Single(r => r.GetProperty("firmName").GetString() == "投标单位2")
            .GetProperty("registrationId").GetGuid();
        await (await Qualify(first, firm2, false, "资质不符")).AssertProblemAsync(409, "registration-open");
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/selection", null))
            .AssertProblemAsync(409, "registration-open");

        _hall.Host.Clock.Set("2026-03-10T10:00:00+08:00");
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/selection", null))
            .AssertProblemAsync(409, "registrations-not-reviewed");
        await (await _hall.Officer.PostAsJsonAsync(
            $"/api/bidding/projects/{first}/registrations/{firm2}/qualification", new { qualified = false }))
            .AssertProblemAsync(400, "validation-failed");
        await Ok(await Qualify(first, firm2, false, "不具备市政工程资质"));
        foreach (var r in registrations.EnumerateArray().Where(r => r.GetProperty("registrationId").GetGuid() != firm2))
        {
            await Ok(await Qualify(first, r.GetProperty("registrationId").GetGuid(), true, null));
        }
        var reviewed = await Ok(await _hall.Officer.GetAsync($"/api/bidding/projects/{first}/registrations"));
        Assert.Equal([false, true, true], reviewed.EnumerateArray()
            .Select(r => r.GetProperty("qualified").GetBoolean()).OrderBy(q => q));

        var draw = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/selection", null));
        Assert.Equal(JsonValueKind.Null, draw.GetProperty("secret").ValueKind);
        Assert.Equal(64, draw.GetProperty("commitment").GetString()!.Length);
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/selection", null))
            .AssertProblemAsync(409, "selection-scheduled");
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/selection/result", null))
            .AssertProblemAsync(409, "selection-not-drawn");
        var drawn = await Ok(await _hall.Officer.PostAsync(
            $"/api/bidding/draws/{draw.GetProperty("drawId").GetString()}/draw", null));
        Assert.Equal(["投标单位0", "投标单位1"], drawn.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        var winner = drawn.GetProperty("selected")[0].GetString()!;
        var awarded = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/selection/result", null));
        Assert.Equal("awarded", awarded.GetProperty("status").GetString());
        Assert.Equal(winner, awarded.GetProperty("winner").GetString());
        Assert.Equal(680_000m, awarded.GetProperty("awardAmount").GetDecimal());
        Assert.Equal(2, awarded.GetProperty("validBids").GetInt32());
        Assert.True(await _hall.Harness.PublishedAsync<TradingProjectAwarded>(
            m => m.ProjectId == first && m.Winner == winner && m.AwardAmount == 680_000m));

        // The winner holds an unfinished fixed-price project: left out of the next selection, with the reason.
        var excluded = await SelectAllQualified(second);
        Assert.DoesNotContain(winner, Candidates(excluded));
        var exclusion = Assert.Single(excluded.GetProperty("excluded").EnumerateArray());
        Assert.Equal(winner, exclusion.GetProperty("candidate").GetString());
        Assert.Equal("持有本中心固定价比选未完工项目", exclusion.GetProperty("reason").GetString());

        // 竣工 releases it.
        var completed = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/completion", null));
        Assert.NotEqual(JsonValueKind.Null, completed.GetProperty("completedAt").ValueKind);
        await (await _hall.Officer.PostAsync($"/api/bidding/projects/{first}/completion", null))
            .AssertProblemAsync(409, "not-awaiting-completion");
        var released = await SelectAllQualified(third);
        Assert.Contains(winner, Candidates(released));
        Assert.Empty(released.GetProperty("excluded").EnumerateArray());

        var verification = await Ok(await _hall.Anonymous.GetAsync($"/api/bidding/projects/{first}/record/verify"));
        Assert.True(verification.GetProperty("valid").GetBoolean());
        var record = await _hall.Anonymous.GetStringAsync($"/api/bidding/projects/{first}/record");
        foreach (var kind in new[] { "qualification", "selection-scheduled", "selection-result", "award", "completion" })
        {
            Assert.Contains($"\"{kind}\"", record);
        }
    }

    [Fact]
    public async Task A_selection_without_a_qualified_firm_fails()
    {
        _hall.Host.Clock.Set("2026-03-02T09:00:00+08:00");
        var project = await _hall.AnnounceAsync("fixed-price", 300_000m, DateTimeOffset.Parse("2026-03-10T09:30:00+08:00"));
        await Register(project, 0);
        _hall.Host.Clock.Set("2026-03-10T10:00:00+08:00");
        var registration = (await Ok(await _hall.Officer.GetAsync($"/api/bidding/projects/{project}/registrations")))[0];
        await Ok(await Qualify(project, registration.GetProperty("registrationId").GetGuid(), false, "营业执照过期"));
        var failed = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/selection", null));
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.True(await _hall.Harness.PublishedAsync<TradingProjectFailed>(m => m.ProjectId == project));
    }

    async Task<JsonElement> SelectAllQualified(Guid project)
    {
        var registrations = await Ok(await _hall.Officer.GetAsync($"/api/bidding/projects/{project}/registrations"));
        foreach (var r in registrations.EnumerateArray())
        {
            await Ok(await Qualify(project, r.GetProperty("registrationId").GetGuid(), true, null));
        }
        var draw = await Ok(await _hall.Officer.PostAsync($"/api/bidding/projects/{project}/selection", null));
        return await Ok(await _hall.Officer.PostAsync(
            $"/api/bidding/draws/{draw.GetProperty("drawId").GetString()}/draw", null));
    }

    static IEnumerable<string?> Candidates(JsonElement draw) =>
        draw.GetProperty("candidates").EnumerateArray().Select(c => c.GetString());

    Task<HttpResponseMessage> Qualify(Guid project, Guid registration, bool qualified, string? reason) =>
        _hall.Officer.PostAsJsonAsync($"/api/bidding/projects/{project}/registrations/{registration}/qualification",
            new { qualified, reason });

    async Task Register(Guid project, int firm) =>
        await Ok(await _hall.As($"firm{firm}", Roles.Applicant).PostAsJsonAsync(
            $"/api/bidding/projects/{project}/registrations",
            new { firmName = $"投标单位{firm}", firmCreditCode = BiddingScenario.Firms[firm] }));
}
