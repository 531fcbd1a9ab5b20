using System.Net.Http.Json;
using System.Text.Json;
using Platform.ComponentTests.Infrastructure;

namespace Platform.ComponentTests.Disclosure;

/// <summary>
/// What the public list serves is only what was checked on the way in: no markup in one-line fields, attachment
/// addresses on http, https or this site only, every text of a declared length.
/// </summary>
public sealed class PublicationContentTests : IAsyncLifetime
{
    readonly DisclosureScenario _hall = new();

    public Task InitializeAsync() => _hall.InitializeAsync();
    public Task DisposeAsync() => _hall.DisposeAsync();

    static object Draft(string title = "示范市政务服务中心窗口服务时间调整公告", string? documentNo = "示政服〔2025〕12号",
        string issuingBody = "示范市政务服务管理局", string body = "自 2025 年 10 月 9 日起……", object[]? attachments = null) =>
        new
        {
            title,
            category = "办事指南",
            documentNo,
            issuingBody,
            body,
            attachments = attachments ?? [new { name = "窗口分布图.pdf", url = "/files/map.pdf" }],
        };

    async Task<HashSet<string?>> RefusedFieldsAsync(object draft)
    {
        var response = await _hall.Officer.PostAsJsonAsync("/api/disclosure/publications", draft);
        var problem = await response.AssertProblemAsync(400, "validation-failed");
        Assert.Contains("提交的内容有误", problem.GetProperty("detail").GetString());
        return problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
    }

    [Fact]
    public async Task Markup_in_one_line_fields_and_unsafe_attachment_addresses_are_refused_with_the_field_named()
    {
        var fields = await RefusedFieldsAsync(Draft(
            title: "<script>alert(1)</script>窗口公告",
            documentNo: "示政服<b>12</b>号",
            issuingBody: "示范市>政务服务管理局",
            attachments:
            [
                new { name = "a.pdf", url = "javascript:alert(document.cookie)" },
                new { name = "b.pdf", url = "file:///etc/passwd" },
                new { name = "<img src=x onerror=alert(1)>.pdf", url = "/files/c.pdf" },
                new { name = "d.pdf", url = "JavaScript:alert(1)" },
                new { name = "e.pdf", url = "data:text/html,<script>alert(1)</script>" },
                new { name = "f.pdf", url = "//evil.example/f.pdf" },
                new { name = "g.pdf", url = " javascript:alert(1)" },
            ]));
        Assert.Equal(new HashSet<string?>
        {
            "title", "documentNo", "issuingBody", "attachments[0].url", "attachments[1].url", "attachments[2].name",
            "attachments[3].url", "attachments[4].url", "attachments[5].url", "attachments[6].url",
        }, fields);
        var list = await _hall.Officer.GetFromJsonAsync<JsonElement>("/api/disclosure/publications");
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        var safe = await _hall.PostAsync("/api/disclosure/publications", Draft(attachments:
        [
            new { name = "窗口分布图.pdf", url = "/files/map.pdf" },
            new { name = "办事指南（省平台）", url = "https://zwfw.example.gov.cn/guide?id=1&lang=zh" },
            new { name = "旧版指南", url = "http://www.example.gov.cn/old.pdf" },
        ]), 201);
        Assert.Equal(3, safe.GetProperty("attachments").GetArrayLength());
        var id = safe.GetProperty("id").GetString();
        var edit = await _hall.Officer.PutAsJsonAsync($"/api/disclosure/publications/{id}",
            Draft(title: "公告<iframe>", attachments: [new { name = "x", url = "vbscript:msgbox(1)" }]));
        var problem = await edit.AssertProblemAsync(400, "validation-failed");
        Assert.Equal(["title", "attachments[0].url"],
            problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Every_text_of_a_draft_has_a_declared_maximum_length()
    {
        // Just over each limit (the probe sent 1 MB; the answer must be the same at any size past the limit).
        var fields = await RefusedFieldsAsync(Draft(
            title: new string('题', 301),
            documentNo: new string('号', 101),
            issuingBody: new string('机', 101),
            body: new string('a', 200_001),
            attachments:
            [
                new { name = new string('件', 201), url = "/files/a.pdf" },
                new { name = "b.pdf", url = "https://example.gov.cn/" + new string('b', 2000) },
            ]));
        Assert.Equal(new HashSet<string?>
        {
            "title", "documentNo", "issuingBody", "body", "attachments[0].name", "attachments[1].url",
        }, fields);

        var many = Enumerable.Range(1, 21).Select(i => (object)new { name = $"附件{i}.pdf", url = $"/files/{i}.pdf" });
        Assert.Equal(["attachments"], await RefusedFieldsAsync(Draft(attachments: [.. many])));

        // The limit is generous: a body of 200,000 characters (a long normative document) is taken.
        await _hall.PostAsync("/api/disclosure/publications", Draft(body: new string('a', 200_000)), 201);
    }

    [Fact]
    public async Task An_address_under_the_public_list_that_is_not_a_publication_is_a_404_problem_for_anyone()
    {
        foreach (var path in new[] { "not-a-guid", "12345", "not-a-guid/attachments", Guid.NewGuid().ToString() })
        {
            var response = await _hall.Anonymous.GetAsync($"/api/disclosure/public/publications/{path}");
            var problem = await response.AssertProblemAsync(404, "publication-not-found");
            Assert.Contains("没有找到", problem.GetProperty("detail").GetString());
        }
    }
}
