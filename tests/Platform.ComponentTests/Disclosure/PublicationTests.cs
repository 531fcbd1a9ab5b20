using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.ComponentTests.Infrastructure;
using Platform.Contracts.Disclosure;

namespace Platform.ComponentTests.Disclosure;

public sealed class PublicationTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    Task<JsonElement> Draft(string title = "示范市政务服务中心 2025 年第四季度窗口服务时间调整公告") =>
        _hall.PostAsync("/api/disclosure/publications", new
        {
            title,
            category = "办事指南",
            documentNo = "示政服〔2025〕12号",
            issuingBody = "示范市政务服务管理局",
            body = "自 2025 年 10 月 9 日起……",
            attachments = new[] { new { name = "窗口分布图.pdf", url = "/files/map.pdf" } },
        }, 201);

    [Fact]
    public async Task A_publication_is_reviewed_by_someone_else_before_the_public_sees_it()
    {
        _hall.Host.Clock.Set("2025-09-29T09:00:00+08:00");
        var draft = await Draft();
        var id = draft.GetProperty("id").GetString();
        Assert.Matches(new Regex(@"^MB1957123/2025-\d{5}$"), draft.GetProperty("indexNo").GetString());
        // Created 09-29: 09-30 is the 1st working day, 10-09…10-11 (make-up Saturday) the 2nd–4th, 10-13…10-31 the
        // 5th–19th, 11-03 the 20th.
        Assert.Equal("2025-11-03", draft.GetProperty("publishDueDate").GetString());

        await _hall.PostAsync($"/api/disclosure/publications/{id}/submit", new { });
        var own = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review", new { decision = "approve" });
        await own.AssertProblemAsync(403, "reviewer-is-author");
        var sentBack = await (await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review",
            new { decision = "send-back", note = "附件含个人信息，请删除后重新提交" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("draft", sentBack.GetProperty("status").GetString());

        await _hall.PostAsync($"/api/disclosure/publications/{id}/submit", new { });
        var early = await _hall.Officer.PostAsJsonAsync($"/api/disclosure/publications/{id}/publish", new { });
        await early.AssertProblemAsync(409, "publication-not-approved");
        (await _hall.Reviewer.PostAsJsonAsync($"/api/disclosure/publications/{id}/review", new { decision = "approve" })).EnsureSuccessStatusCode();
        Assert.Equal(0, (await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/disclosure/public/publications")).GetProperty("total").GetInt32());

        var published = await _hall.PostAsync($"/api/disclosure/publications/{id}/publish", new { });
        Assert.Equal(["created", "submitted", "sent-back", "submitted", "approved", "published"],
            published.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("step").GetString()));
        Assert.True(await _hall.Harness.PublishedAsync<PublicationPublished>(p => p.IndexNo == draft.GetProperty("indexNo").GetString()));

        var found = await _hall.Anonymous.GetFromJsonAsync<JsonElement>("/api/disclosure/public/publications?keyword=窗口服务时间&year=2025");
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        var item = await _hall.Anonymous.GetFromJsonAsync<JsonElement>($"/api/disclosure/public/publications/{id}");
        Assert.Equal("窗口分布图.pdf", item.GetProperty("attachments")[0].GetProperty("name").GetString());

        await _hall.PostAsync($"/api/disclosure/publications/{id}/withdraw", new { reason = "内容已过时" });
        Assert.Equal(404, (int)(await _hall.Anonymous.GetAsync($"/api/disclosure/public/publications/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_publication_still_unpublished_twenty_working_days_after_creation_raises_a_red_warning()
    {
        _hall.Host.Clock.Set("2025-09-29T09:00:00+08:00");
        var draft = await Draft();
        var indexNo = draft.GetProperty("indexNo").GetString();
        _hall.Host.Clock.Set("2025-11-03T17:00:00+08:00"); // the due day itself: not yet late
        await Task.Delay(500);
        Assert.False((await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/publications/{draft.GetProperty("id").GetString()}")).GetProperty("overdue").GetBoolean());
        _hall.Host.Clock.Set("2025-11-04T09:00:00+08:00");
        Assert.True(await _hall.Harness.PublishedAsync<DisclosureWarningRaised>(w => w.Subject == "publication" && w.SubjectId == indexNo && w.Level == "red"));
        var overdue = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/publications?overdue=true");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_publication_is_overdue_by_the_same_working_day_rule_that_turns_it_red()
    {
        _hall.Host.Clock.Set("2025-09-03T09:00:00+08:00");
        var draft = await Draft();
        var id = draft.GetProperty("id").GetString();
        Assert.Equal("2025-09-30", draft.GetProperty("publishDueDate").GetString()); // the make-up Sunday 09-28 counts
        Assert.False(draft.GetProperty("publishDueDateProvisional").GetBoolean());

        // During the National Day holiday the hall is closed: past the date, yet neither overdue nor red.
        _hall.Host.Clock.Set("2025-10-05T09:00:00+08:00");
        Assert.False((await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/publications/{id}")).GetProperty("overdue").GetBoolean());
        Assert.Equal(0, (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/publications?overdue=true")).GetProperty("total").GetInt32());

        _hall.Host.Clock.Set("2025-10-09T09:00:00+08:00");
        Assert.True((await _hall.Officer.GetFromJsonAsync<JsonElement>($"/api/disclosure/publications/{id}")).GetProperty("overdue").GetBoolean());
        Assert.Equal(1, (await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/publications?overdue=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_drafts_are_refused_with_every_field_named()
    {
        var response = await _hall.Officer.PostAsJsonAsync("/api/disclosure/publications", new
        {
            title = "",
            category = "新闻",
            issuingBody = "",
            body = "",
            documentKind = "normative",
            issuedDate = "2025/01/01",
        });
        var problem = await response.AssertProblemAsync(400, "validation-failed");
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "title", "category", "issuingBody", "body", "issuedDate" }, fields);
        var anonymousWrite = await _hall.Anonymous.PostAsJsonAsync("/api/disclosure/publications", new { title = "x" });
        Assert.Equal(401, (int)anonymousWrite.StatusCode);
    }
}
