using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// Keeping the expert pool: corrected details, deactivation (never drawn afterwards), activation, the active filter.
/// </summary>
public sealed class ExpertUpkeepTests : IAsyncLifetime
{
    readonly DrawScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    [Fact]
    public async Task An_experts_details_are_corrected_and_checked()
    {
        await _hall.RegisterExpertAsync("E0001", "A010101");
        var updated = await DrawScenario.Ok(await _hall.Officer.PutAsJsonAsync("/api/bidding/experts/E0001", new
        {
            name = "王建国",
            specialties = new[] { "A010101", "A010102" },
            employerName = "示例设计院",
            relations = new[] { "甲建设有限公司" },
        }));
        Assert.Equal("王建国", updated.GetProperty("name").GetString());
        Assert.Equal(2, updated.GetProperty("specialties").GetArrayLength());
        Assert.Equal("acct-e0001", updated.GetProperty("account").GetString());

        await (await _hall.Officer.PutAsJsonAsync("/api/bidding/experts/E0001",
            new { name = "", specialties = Array.Empty<string>() })).AssertProblemAsync(400);
        await (await _hall.Officer.PutAsJsonAsync("/api/bidding/experts/E9999",
            new { name = "某", specialties = new[] { "A010101" } })).AssertProblemAsync(404, "expert-not-found");
        await (await _hall.Expert.PutAsJsonAsync("/api/bidding/experts/E0001",
            new { name = "某", specialties = new[] { "A010101" } })).AssertProblemAsync(403);
    }

    [Fact]
    public async Task A_deactivated_expert_is_never_drawn_and_the_pool_filters_by_state()
    {
        foreach (var code in new[] { "E0001", "E0002", "E0003" })
        {
            await _hall.RegisterExpertAsync(code, "A010101");
        }
        var off = await DrawScenario.Ok(await _hall.Officer.PostAsync("/api/bidding/experts/E0002/deactivation", null));
        Assert.False(off.GetProperty("active").GetBoolean());

        var inactive = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/bidding/experts?active=false");
        Assert.Equal(["E0002"], inactive.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("code").GetString()));
        var active = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/bidding/experts?active=true");
        Assert.Equal(2, active.GetProperty("total").GetInt32());

        var draw = await _hall.ScheduleAsync(new { purpose = "experts", specialty = "A010101", count = 2 });
        var drawn = await _hall.DrawAsync(draw.GetProperty("drawId").GetString()!);
        Assert.Equal(["E0001", "E0003"], drawn.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.DoesNotContain("E0002", drawn.GetProperty("candidates").GetRawText());

        // With one active expert left, a draw of two is refused; activating brings the expert back.
        await _hall.Officer.PostAsync("/api/bidding/experts/E0003/deactivation", null);
        var short1 = await _hall.ScheduleAsync(new { purpose = "experts", specialty = "A010101", count = 2 });
        await (await _hall.Officer.PostAsync($"/api/bidding/draws/{short1.GetProperty("drawId").GetString()}/draw", null))
            .AssertProblemAsync(422, "too-few-candidates");
        var on = await DrawScenario.Ok(await _hall.Officer.PostAsync("/api/bidding/experts/E0002/activation", null));
        Assert.True(on.GetProperty("active").GetBoolean());
        var again = await _hall.DrawAsync(short1.GetProperty("drawId").GetString()!);
        Assert.Equal(["E0001", "E0002"], again.GetProperty("selected").EnumerateArray().Select(e => e.GetString()!).Order());
        await (await _hall.Officer.PostAsync("/api/bidding/experts/E9999/activation", null)).AssertProblemAsync(404);
    }
}
