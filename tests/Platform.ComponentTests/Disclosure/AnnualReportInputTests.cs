using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>The narrative is changed part by part, the report is published once a year, and printed text is encoded.</summary>
public sealed class AnnualReportInputTests : IAsyncLifetime
{
    const string Url = "/api/disclosure/annual-report/2025";
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    async Task<JsonElement> NarrativeAsync() =>
        (await _hall.Officer.GetFromJsonAsync<JsonElement>(Url)).GetProperty("narrative");

    [Fact]
    public async Task A_narrative_update_changes_only_the_parts_given_and_an_empty_one_is_refused()
    {
        (await _hall.Officer.PutAsJsonAsync(Url + "/narrative", new
        {
            overview = "本局坚持以公开为常态、不公开为例外。",
            problems = "个别答复说理不够充分。",
            otherMatters = "本年度未收取信息处理费。",
        })).EnsureSuccessStatusCode();

        var empty = await _hall.Officer.PutAsJsonAsync(Url + "/narrative", new { });
        var problem = await empty.AssertProblemAsync(400, "validation-failed");
        Assert.Equal("narrative", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("本局坚持以公开为常态、不公开为例外。", (await NarrativeAsync()).GetProperty("overview").GetString());

        var partial = await _hall.Officer.PutAsJsonAsync(Url + "/narrative", new { problems = "政策解读形式较为单一。" });
        partial.EnsureSuccessStatusCode();
        var answered = await partial.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("本局坚持以公开为常态、不公开为例外。", answered.GetProperty("overview").GetString());
        var narrative = await NarrativeAsync();
        Assert.Equal("本局坚持以公开为常态、不公开为例外。", narrative.GetProperty("overview").GetString());
        Assert.Equal("政策解读形式较为单一。", narrative.GetProperty("problems").GetString());
        Assert.Equal("本年度未收取信息处理费。", narrative.GetProperty("otherMatters").GetString());

        (await _hall.Officer.PutAsJsonAsync(Url + "/narrative", new { otherMatters = "" })).EnsureSuccessStatusCode();
        Assert.Equal(JsonValueKind.Null, (await NarrativeAsync()).GetProperty("otherMatters").ValueKind);
        var tooLong = await _hall.Officer.PutAsJsonAsync(Url + "/narrative", new { overview = new string('述', 20_001) });
        await tooLong.AssertProblemAsync(400, "validation-failed");
    }

    [Fact]
    public async Task The_printable_report_encodes_every_text_it_prints()
    {
        (await _hall.Officer.PutAsJsonAsync(Url + "/narrative", new
        {
            overview = "<script>alert(1)</script>",
            problems = "<img src=x onerror=alert(1)>",
            otherMatters = "\"引号\" & 'apostrophe'",
        })).EnsureSuccessStatusCode();
        var html = await _hall.Officer.GetStringAsync(Url + "/html");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&quot;引号&quot; &amp; &#39;apostrophe&#39;", html);
    }

    [Fact]
    public async Task A_second_publication_of_a_year_under_review_or_published_is_a_conflict()
    {
        var first = await _hall.PostAsync(Url + "/publish", new { }, 201);
        var second = await _hall.Officer.PostAsync(Url + "/publish", null);
        var problem = await second.AssertProblemAsync(409, "annual-report-exists");
        Assert.Contains(first.GetProperty("indexNo").GetString()!, problem.GetProperty("detail").GetString());

        // Sent back by the reviewer, the report may be generated again (with the corrected figures) …
        var id = first.GetProperty("id").GetString();
        (await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review",
            new { decision = "send-back", note = "第四部分数字待核对" })).EnsureSuccessStatusCode();
        var again = await _hall.PostAsync(Url + "/publish", new { }, 201);
        var againId = again.GetProperty("id").GetString();
        (await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{againId}/review",
            new { decision = "approve" })).EnsureSuccessStatusCode();
        await (await _hall.Officer.PostAsync(Url + "/publish", null)).AssertProblemAsync(409, "annual-report-exists");
        await _hall.PostAsync($"/api/disclosure/publications/{againId}/publish", new { });
        await (await _hall.Officer.PostAsync(Url + "/publish", null)).AssertProblemAsync(409, "annual-report-exists");

        var published = await _hall.Anonymous.GetFromJsonAsync<JsonElement>(
            "/api/disclosure/public/publications?category=政府信息公开年报");
        Assert.Equal(1, published.GetProperty("total").GetInt32());
    }
}
