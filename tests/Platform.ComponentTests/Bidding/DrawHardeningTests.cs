using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// Draw scheduling under an Idempotency-Key (a retry gets the same draw, another body under the key a 422), a draw
/// of a project that must exist, and the scheduling and performance entered into the project's record.
/// </summary>
public sealed class DrawHardeningTests : IAsyncLifetime
{
    readonly BiddingScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static object Firms(Guid? projectId = null, int count = 1) => new
    {
        projectId,
        purpose = "firms",
        count,
        candidates = new[] { "甲建设有限公司", "乙建设有限公司", "丙建设有限公司" },
    };

    Task<HttpResponseMessage> Schedule(object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/bidding/draws") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return _hall.Officer.SendAsync(request);
    }

    [Fact]
    public async Task A_retry_under_the_same_key_gets_the_same_draw_and_another_body_is_refused()
    {
        var first = await Schedule(Firms(), "draw-retry-1");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var retry = await Schedule(Firms(), "draw-retry-1");
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var (a, b) = (await first.Content.ReadFromJsonAsync<JsonElement>(), await retry.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(a.GetProperty("drawId").GetString(), b.GetProperty("drawId").GetString());
        Assert.Equal(a.GetProperty("commitment").GetString(), b.GetProperty("commitment").GetString());

        await (await Schedule(Firms(count: 2), "draw-retry-1")).AssertProblemAsync(422, "idempotency-key-reused");
        await (await Schedule(Firms(), new string('k', 101))).AssertProblemAsync(400);
        var other = await (await Schedule(Firms(), null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.NotEqual(a.GetProperty("drawId").GetString(), other.GetProperty("drawId").GetString());
        var listed = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/bidding/draws");
        Assert.Equal(2, listed.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_draw_of_an_unknown_project_is_refused()
    {
        await (await Schedule(Firms(Guid.NewGuid()), null)).AssertProblemAsync(422, "project-not-found");
    }

    [Fact]
    public async Task A_projects_draw_enters_its_record_with_the_commitment_then_the_secret_and_result()
    {
        var project = await _hall.AnnounceAsync();
        var scheduled = await DrawScenario.Ok(await Schedule(Firms(project), null));
        var drawId = scheduled.GetProperty("drawId").GetString()!;
        var entries = await Record(project);
        var planned = JsonDocument.Parse(entries[^1].GetProperty("payload").GetString()!).RootElement;
        Assert.Equal("draw-scheduled", entries[^1].GetProperty("kind").GetString());
        Assert.Equal(drawId, planned.GetProperty("drawId").GetString());
        Assert.Equal(scheduled.GetProperty("commitment").GetString(), planned.GetProperty("commitment").GetString());
        Assert.False(planned.TryGetProperty("secret", out _));

        var drawn = await DrawScenario.Ok(await _hall.Officer.PostAsync($"/api/bidding/draws/{drawId}/draw", null));
        entries = await Record(project);
        var result = JsonDocument.Parse(entries[^1].GetProperty("payload").GetString()!).RootElement;
        Assert.Equal("draw", entries[^1].GetProperty("kind").GetString());
        Assert.Equal(drawn.GetProperty("secret").GetString(), result.GetProperty("secret").GetString());
        Assert.Equal(Strings(drawn.GetProperty("selected")), Strings(result.GetProperty("selected")));
        Assert.True((await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/record/verify"))
            .GetProperty("valid").GetBoolean());
    }

    static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    async Task<List<JsonElement>> Record(Guid project) =>
        (await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/bidding/projects/{project}/record"))
        .EnumerateArray().ToList();
}
