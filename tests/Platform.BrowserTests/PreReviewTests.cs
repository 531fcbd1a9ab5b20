using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 预审 and what follows it in the window console: online applications made through the API are accepted or given a
/// one-time notice from the 预审 tab, an agent's application is received by its transfer slip number, a completed
/// case is delivered by post, and the supervision dashboard shows the channel figures.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PreReviewTests(PortalFixture hall) : IDisposable
{
    const string Clerk = "window01";
    const string Applicant = "applicant01";
    readonly HttpClient _http = new() { BaseAddress = hall.Address };

    [Fact]
    public async Task An_online_application_is_pre_reviewed_and_accepted_in_the_console()
    {
        var id = await OnlineApplicationAsync(withoutFileFor: 0);
        await using var portal = await hall.OpenAsync("pre-review-accept");
        var page = portal.Page;
        var card = await OpenInQueueAsync(portal, id);

        await Assertions.Expect(card.Locator("[data-test=review-channel]")).ToHaveTextAsync("网上申请");
        var file = card.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^下载") }).First;
        var download = await page.RunAndWaitForDownloadAsync(() => file.ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename);
        await card.GetByRole(AriaRole.Button, new() { Name = "预审通过并受理" }).ClickAsync();

        await Assertions.Expect(card.Locator("[data-test=review-result]")).ToContainTextAsync("已受理，受理编号");
        var view = await ApplicationAsync(id);
        Assert.Equal("accepted", view["status"]!.GetValue<string>());
        var caseNo = view["caseNo"]!.GetValue<string>();
        await Assertions.Expect(card.Locator("[data-test=review-result]")).ToContainTextAsync(caseNo);
        await card.GetByRole(AriaRole.Link, new() { Name = "打印受理通知书" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "受理通知书" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=case-no]")).ToHaveTextAsync(caseNo);
        var accepted = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", Clerk);
        Assert.Equal("online", accepted!["channel"]!.GetValue<string>());
        Assert.Equal(0, accepted["visits"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_online_application_without_a_required_file_gets_a_one_time_notice()
    {
        var id = await OnlineApplicationAsync(withoutFileFor: 1);
        var missing = (await ApplicationAsync(id))["materials"]!.AsArray()
            .First(m => m!["fileId"] is null && m["required"]!.GetValue<bool>())!["name"]!.GetValue<string>();
        await using var portal = await hall.OpenAsync("pre-review-notice");
        var card = await OpenInQueueAsync(portal, id);

        await Assertions.Expect(card.Locator("[data-test=review-notice-items]")).ToContainTextAsync($"{missing}：缺失");
        await card.GetByRole(AriaRole.Button, new() { Name = "一次性告知补正" }).ClickAsync();

        await Assertions.Expect(card.Locator("[data-test=review-result]")).ToContainTextAsync("已一次性告知补正 1 项");
        var view = await ApplicationAsync(id);
        Assert.Equal("awaiting-supplement", view["status"]!.GetValue<string>());
        Assert.Equal([missing], view["notice"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task An_agent_application_is_received_by_its_slip_number_and_accepted_at_the_county_window()
    {
        var matter = await TownMatterAsync();
        var body = new
        {
            matterCode = matter["code"]!.GetValue<string>(),
            applicant = new
            {
                type = "natural",
                name = "刘大爷",
                idNumber = ApproverTestCases.IdNumber,
                phone = "13900139000",
            },
            consent = "居民签署代办委托书",
            materials = matter["materials"]!.AsArray().Select(m => new { name = m!["name"]!.GetValue<string>() }),
        };
        var submitted = await AgentApplicationAsync(body);
        var id = submitted["id"]!.GetValue<string>();
        var slip = submitted["transferSlipNo"]!.GetValue<string>();
        await using var portal = await hall.OpenAsync("pre-review-handover");
        var page = portal.Page;
        await OpenConsoleAsync(portal, "代办交接");

        await page.GetByLabel("交接单编号").FillAsync(slip.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "确认接收" }).ClickAsync();

        var receipt = page.Locator("[data-test=handover-receipt]");
        await Assertions.Expect(receipt).ToContainTextAsync($"已接收交接单 {slip}");
        await Assertions.Expect(receipt).ToContainTextAsync("城关镇便民服务中心");
        Assert.Equal("pending-review", (await ApplicationAsync(id))["status"]!.GetValue<string>());
        await receipt.GetByRole(AriaRole.Button, new() { Name = "开始预审" }).ClickAsync();
        var card = page.Locator("[data-test=review-card]");
        await Assertions.Expect(card.Locator("[data-test=review-channel]")).ToContainTextAsync("代办申请");
        await card.GetByRole(AriaRole.Button, new() { Name = "预审通过并受理" }).ClickAsync();
        await Assertions.Expect(card.Locator("[data-test=review-result]")).ToContainTextAsync("已受理");
        var caseNo = (await ApplicationAsync(id))["caseNo"]!.GetValue<string>();
        var accepted = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", Clerk);
        Assert.Equal("agent", accepted!["channel"]!.GetValue<string>());
        Assert.Equal("510181-101", accepted["pointCode"]!.GetValue<string>());

        await page.GotoAsync($"/window/print/handover/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "代办材料接收回执" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=slip-no]")).ToHaveTextAsync(slip);
    }

    [Fact]
    public async Task A_completed_case_is_delivered_by_post_from_the_console()
    {
        var caseNo = await ApproverTestCases.AcceptAsync(hall);
        await ApproverTestCases.CompleteAsync(hall, caseNo);
        await using var portal = await hall.OpenAsync("delivery-by-post");
        var page = portal.Page;
        await OpenConsoleAsync(portal, "办结送达");

        await page.GetByLabel("受理编号").FillAsync(caseNo);
        await page.GetByRole(AriaRole.Button, new() { Name = "查找办件" }).ClickAsync();
        var shown = page.Locator("[data-test=delivery-case]");
        await Assertions.Expect(shown.Locator("[data-test=delivery-status]")).ToHaveTextAsync("已办结");
        await shown.GetByText("邮寄送达", new() { Exact = true }).ClickAsync();
        await shown.GetByRole(AriaRole.Button, new() { Name = "确认送达" }).ClickAsync();
        await Assertions.Expect(shown.GetByText("邮寄送达请填写运单号。")).ToBeVisibleAsync();
        await shown.GetByLabel("运单号").FillAsync("SF1234567890");
        await shown.GetByRole(AriaRole.Button, new() { Name = "确认送达" }).ClickAsync();

        await Assertions.Expect(shown.Locator("[data-test=delivered]")).ToContainTextAsync("邮寄送达");
        await Assertions.Expect(shown.Locator("[data-test=delivered]")).ToContainTextAsync("SF1234567890");
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", Clerk);
        Assert.Equal("post", view!["deliveryMethod"]!.GetValue<string>());
        Assert.Equal("SF1234567890", view["trackingNumber"]!.GetValue<string>());
        Assert.Equal(1, view["visits"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_completed_case_is_delivered_electronically_with_the_licence_uploaded_from_the_console()
    {
        var caseNo = await ApproverTestCases.AcceptAsync(hall);
        await ApproverTestCases.CompleteAsync(hall, caseNo);
        var licence = Encoding.ASCII.GetBytes($"%PDF-1.4\n% licence {caseNo}\ntrailer<<>>\n%%EOF\n");
        await using var portal = await hall.OpenAsync("delivery-electronic");
        var page = portal.Page;
        await OpenConsoleAsync(portal, "办结送达");

        await page.GetByLabel("受理编号").FillAsync(caseNo);
        await page.GetByRole(AriaRole.Button, new() { Name = "查找办件" }).ClickAsync();
        var shown = page.Locator("[data-test=delivery-case]");
        await shown.GetByText("电子送达", new() { Exact = true }).ClickAsync();
        await shown.GetByLabel("结果文件（电子证照）").SetInputFilesAsync(new FilePayload
        {
            Name = "食品经营许可证.pdf",
            MimeType = "application/pdf",
            Buffer = licence,
        });
        await shown.GetByRole(AriaRole.Button, new() { Name = "确认送达" }).ClickAsync();

        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(licence));
        await Assertions.Expect(shown.Locator("[data-test=delivered]")).ToContainTextAsync("电子送达");
        await Assertions.Expect(shown.Locator("[data-test=delivered]")).ToContainTextAsync(sha256);
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", Clerk);
        Assert.Equal("electronic", view!["deliveryMethod"]!.GetValue<string>());
        Assert.Equal(sha256, view["resultFileSha256"]!.GetValue<string>(), ignoreCase: true);
    }

    [Fact]
    public async Task The_dashboard_shows_the_channel_figures_a_level_filter_and_the_point_ranking()
    {
        var id = await OnlineApplicationAsync(withoutFileFor: 0);
        var matter = await IntakeMatters.WaitUntilKnownAsync(hall.Api, ApproverTestCases.Matter);
        await SendAsync(HttpMethod.Post, $"/api/intake/applications/{id}/review", Clerk, JsonContent.Create(new
        {
            outcome = "accept",
            windowNo = "A01",
            materials = matter["materials"]!.AsArray()
                .Select(m => new { name = m!["name"]!.GetValue<string>(), status = "present" }),
        }));
        await using var portal = await hall.OpenAsync("supervision-channels");
        var page = portal.Page;
        await portal.SignInAsync("supervisor01");
        await page.GotoAsync("/supervision");

        // Supervision counts the online acceptance from the bus, a moment after intake answered: asked until then.
        var online = page.Locator("[data-test=channel-online]");
        await Assertions.Expect(online).ToHaveTextAsync(Digits());
        for (var attempt = 0; attempt < 20 && await online.InnerTextAsync() == "0"; attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }
        Assert.NotEqual("0", await online.InnerTextAsync());
        await Assertions.Expect(page.Locator("[data-test=zero-visit-share]")).ToHaveTextAsync(Percent());
        await Assertions.Expect(page.Locator("[data-test=at-most-one-visit-share]")).ToHaveTextAsync(Percent());
        var ranking = page.Locator("[data-test=point-ranking]");
        await Assertions.Expect(ranking).ToContainTextAsync("县政务服务中心");
        await Assertions.Expect(ranking).ToContainTextAsync("东风村便民代办点");

        await page.Locator(".el-form-item", new() { Has = page.GetByLabel("网点层级") }).Locator(".el-select__wrapper")
            .ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "镇级", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator("#channels-title")).ToContainTextAsync("镇级网点");
        await Assertions.Expect(ranking).ToContainTextAsync("城关镇便民服务中心");
        await Assertions.Expect(ranking).Not.ToContainTextAsync("东风村便民代办点");

        await page.GotoAsync("/supervision/wall");
        await Assertions.Expect(page.Locator("[data-test=wall-zero-visit]")).ToHaveTextAsync(Percent());
        await Assertions.Expect(page.Locator("[data-test=wall-at-most-one]")).ToHaveTextAsync(Percent());
    }

    /// <summary>The console signed in as the clerk at window A01, on one of its tabs.</summary>
    async Task OpenConsoleAsync(PortalPage portal, string tab)
    {
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await page.GotoAsync("/window");
        await page.GetByLabel("窗口", new() { Exact = true }).FillAsync("A01");
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^A01 ") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
    }

    /// <summary>The application found in the 预审 queue by its short number, opened.</summary>
    async Task<ILocator> OpenInQueueAsync(PortalPage portal, string id)
    {
        await OpenConsoleAsync(portal, "预审");
        var page = portal.Page;
        var shortId = id[..8].ToUpperInvariant();
        await page.GetByRole(AriaRole.Button, new() { Name = $"打开申请 {shortId}" }).ClickAsync();
        var card = page.Locator("[data-test=review-card]");
        await Assertions.Expect(card.Locator("[data-test=review-status]")).ToHaveTextAsync("待预审");
        return card;
    }

    /// <summary>
    /// An online application by the demo applicant for 食品经营许可, a PDF uploaded for every material but the
    /// withoutFileFor first ones.
    /// </summary>
    async Task<string> OnlineApplicationAsync(int withoutFileFor)
    {
        var matter = await IntakeMatters.WaitUntilKnownAsync(hall.Api, ApproverTestCases.Matter);
        var materials = new List<object>();
        foreach (var (material, index) in matter["materials"]!.AsArray().Select((m, i) => (m!, i)))
        {
            var name = material["name"]!.GetValue<string>();
            materials.Add(index < withoutFileFor
                ? new { name, paperOriginal = true }
                : new { name, fileId = await UploadPdfAsync($"{name}.pdf"), paperOriginal = false });
        }
        var body = new
        {
            matterCode = ApproverTestCases.Matter,
            applicant = new
            {
                type = "natural",
                name = "张三",
                idNumber = ApproverTestCases.IdNumber,
                phone = "13800138000",
            },
            materials,
        };
        var view = await SendAsync(HttpMethod.Post, "/api/intake/online/applications", Applicant,
            JsonContent.Create(body), Guid.NewGuid().ToString());
        return view["id"]!.GetValue<string>();
    }

    async Task<string> UploadPdfAsync(string fileName)
    {
        var pdf = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var form = new MultipartFormDataContent
        {
            { pdf, "file", fileName }, { new StringContent("material"), "purpose" },
        };
        var stored = await SendAsync(HttpMethod.Post, "/api/intake/files", Applicant, form);
        return stored["id"]!.GetValue<string>();
    }

    Task<JsonNode> ApplicationAsync(string id) =>
        SendAsync(HttpMethod.Get, $"/api/intake/online/applications/{id}", Clerk, null);

    /// <summary>
    /// 代办受理 by agent01 (城关镇): intake learns the demo points from the catalogue's events after the host starts, so
    /// a refusal for an unknown point is tried again for a while.
    /// </summary>
    async Task<JsonNode> AgentApplicationAsync(object body)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        var token = await hall.Api.TokenAsync("agent01");
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/agent/applications")
            {
                Content = JsonContent.Create(body),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            using var answer = await _http.SendAsync(request);
            var text = await answer.Content.ReadAsStringAsync();
            if (answer.IsSuccessStatusCode)
            {
                return JsonNode.Parse(text)!;
            }
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden && DateTimeOffset.UtcNow < deadline,
                $"agent application: {(int)answer.StatusCode} {text}");
            await Task.Delay(500);
        }
    }

    /// <summary>A demo matter of the 镇村代办项目目录 that a town point takes in, as intake knows it.</summary>
    async Task<JsonNode> TownMatterAsync()
    {
        var list = await hall.Api.GetAsync("/api/catalogue/matters?level=town");
        var items = list is JsonArray array ? array : list!["items"]!.AsArray();
        var code = items.First()!["code"]!.GetValue<string>();
        return await IntakeMatters.WaitUntilKnownAsync(hall.Api, code);
    }

    /// <summary>A call HallApi does not make (multipart, an Idempotency-Key); a refusal fails the test.</summary>
    async Task<JsonNode> SendAsync(HttpMethod method, string path, string user, HttpContent? content,
        string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await hall.Api.TokenAsync(user));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        using var answer = await _http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, $"{method} {path}: {(int)answer.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d+\.\d%$")]
    private static partial Regex Percent();
}
