using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 网上办 and 代办 through the portal: an applicant applies online from a matter's guide with uploaded files, the hall
/// pre-reviews it (API), the applicant reads the receipt, chooses electronic delivery and downloads the licence the
/// hall delivered; an agent of a town point takes an application in and prints the transfer slip.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OnlineApplicationTests(PortalFixture hall)
{
    /// <summary>A 代办 matter of the demo catalogue (county;town;village).</summary>
    const string AgentMatter = "MZJ-20-008";

    [Fact]
    public async Task An_applicant_applies_online_gets_the_receipt_and_downloads_the_electronic_licence()
    {
        var matter = await IntakeMatters.WaitUntilKnownAsync(hall.Api, ApproverTestCases.Matter);
        var materials = matter["materials"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).ToList();
        await using var portal = await hall.OpenAsync("online-application");
        var page = portal.Page;

        // From the public guide: signed out, 在线申办 asks to sign in and comes back to the form.
        await page.GotoAsync($"/guide/{ApproverTestCases.Matter}");
        await page.GetByRole(AriaRole.Link, new() { Name = "在线申办" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin"));
        await page.GetByLabel("用户名").FillAsync("applicant01");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(PortalFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains($"/applicant/apply/{ApproverTestCases.Matter}"));

        await page.GetByLabel("姓名").FillAsync("王小明");
        await page.GetByLabel("身份证号码").FillAsync(ApproverTestCases.IdNumber);
        await page.GetByLabel("联系电话（选填）").FillAsync("13800138000");
        for (var i = 0; i < materials.Count; i++)
        {
            await page.GetByLabel($"上传“{materials[i]}”").SetInputFilesAsync(SampleFile(i, materials[i]));
            await Assertions.Expect(page.Locator($"[data-test='upload-{materials[i]}'] [data-test=stored-file]"))
                .ToBeVisibleAsync();
        }
        await portal.ScreenshotAsync("-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/applicant/applications/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("[data-test=application-status]")).ToHaveTextAsync("待预审");
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];

        // 预审 at the hall (the window console's part is its own test): every material present, accepted.
        await hall.Api.PostAsync($"/api/intake/applications/{id}/review", new
        {
            outcome = "accept",
            windowNo = "A06",
            materials = materials.Select(name => new { name, status = "present" }).ToArray(),
        }, "window01");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-test=application-status]")).ToHaveTextAsync("已受理");
        var caseNo = (await page.Locator("[data-test=receipt-case-no]").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Z0-9-]{8,}$", caseNo);
        await Assertions.Expect(page.Locator("[data-test=receipt-due-date]")).ToContainTextAsync("年");
        await portal.ScreenshotAsync("-receipt");

        // The applicant chooses electronic delivery on the case page.
        await page.GetByRole(AriaRole.Link, new() { Name = "查看办件进度 →" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/my/cases/{caseNo}"));
        await Assertions.Expect(page.Locator("[data-test=visits]")).ToHaveTextAsync("0 次");
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "送达方式" }).GetByText("电子证照").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存送达方式" }).ClickAsync();
        await Assertions.Expect(page.GetByText("送达方式已保存：电子证照。")).ToBeVisibleAsync();

        // The department decides and the hall delivers the licence electronically.
        await ApproverTestCases.CompleteAsync(hall, caseNo);
        var licence = Encoding.ASCII.GetBytes($"%PDF-1.4\n% 食品经营许可证 {caseNo}\n%%EOF\n");
        var fileId = await UploadResultAsync(licence, $"食品经营许可证-{caseNo}.pdf");
        await hall.Api.PostAsync($"/api/intake/cases/{caseNo}/delivery",
            new { method = "electronic", fileId }, "window01");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-test=delivered]")).ToContainTextAsync("电子送达");
        var shown = (await page.Locator("[data-test=result-sha256]").TextContentAsync())!.Trim();
        var expected = Convert.ToHexString(SHA256.HashData(licence));
        Assert.Equal(expected, shown, ignoreCase: true);
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "下载电子证照" }).ClickAsync());
        var saved = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".pdf");
        await download.SaveAsAsync(saved);
        Assert.Equal(licence, await File.ReadAllBytesAsync(saved));
        Assert.Equal($"食品经营许可证-{caseNo}.pdf", download.SuggestedFilename);
        File.Delete(saved);
    }

    [Fact]
    public async Task An_agent_of_a_town_point_takes_an_application_in_and_prints_the_transfer_slip()
    {
        var matter = await IntakeMatters.WaitUntilKnownAsync(hall.Api, AgentMatter);
        await WaitForPointAsync("510181-101");
        await using var portal = await hall.OpenAsync("agent-intake");
        var page = portal.Page;
        await portal.SignInAsync("agent01");
        await page.WaitForURLAsync(url => url.EndsWith("/agent"));
        await Assertions.Expect(page.Locator("[data-test=agent-point]")).ToContainTextAsync("城关镇便民服务中心");

        var matters = page.GetByRole(AriaRole.Combobox, new() { Name = "代办事项" });
        await matters.ClickAsync();
        await matters.FillAsync("最低生活保障");
        await page.GetByRole(AriaRole.Option, new() { Name = "最低生活保障审核确认（民政局）" }).ClickAsync();
        await page.GetByLabel("姓名").FillAsync("李秀兰");
        await page.GetByLabel("身份证号码").FillAsync(ApproverTestCases.IdNumber);
        var materials = matter["materials"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()).ToList();
        var fieldset = page.Locator("[data-test=agent-materials]");
        foreach (var name in materials)
        {
            await fieldset.GetByText(name, new() { Exact = false }).First.ClickAsync();
        }
        await Assertions.Expect(page.GetByLabel("代办授权")).ToHaveValueAsync("居民签署代办委托书");
        await portal.ScreenshotAsync("-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "代办受理并打印交接单" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/agent/slip/[0-9a-f-]{36}$"));
        var slip = page.Locator("[data-test=slip]");
        await Assertions.Expect(slip.Locator("[data-test=slip-no]")).ToHaveTextAsync(new Regex(@"^ZB-\d{8}-\d{4}$"));
        await Assertions.Expect(slip).ToContainTextAsync("城关镇便民服务中心");
        await Assertions.Expect(slip.Locator("[data-test=slip-applicant]")).ToHaveTextAsync("李**");
        await Assertions.Expect(slip.Locator("[data-test=slip-materials] li")).ToHaveCountAsync(materials.Count);
        await Assertions.Expect(slip).ToContainTextAsync("代办员签字");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeEnabledAsync();
        await portal.ScreenshotAsync("-slip-a4");
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "纸张" }).GetByText("80 毫米小票").ClickAsync();
        await portal.ScreenshotAsync("-slip-80mm");

        // The point's list shows it waiting for the handover at the hall.
        var slipNo = (await slip.Locator("[data-test=slip-no]").TextContentAsync())!.Trim();
        await page.GetByRole(AriaRole.Link, new() { Name = "← 返回代办工作台" }).ClickAsync();
        var row = page.Locator("[data-test=agent-applications] tr", new() { HasText = slipNo });
        await Assertions.Expect(row.Locator("[data-test=agent-application-status]")).ToHaveTextAsync("待交接");
    }

    [Fact]
    public async Task The_service_points_page_lists_the_county_hall_with_its_towns_and_their_villages()
    {
        await using var portal = await hall.OpenAsync("service-points");
        var page = portal.Page;
        await page.GotoAsync("/points");

        var county = page.GetByRole(AriaRole.Region, new() { Name = "县政务服务中心" });
        await Assertions.Expect(county).ToContainTextAsync("县级");
        // The innermost list item holding the town (the county's item holds it too): its villages are inside it.
        var town = page.Locator("li")
            .Filter(new() { Has = page.GetByRole(AriaRole.Region, new() { Name = "城关镇便民服务中心" }) }).Last;
        await Assertions.Expect(town.GetByRole(AriaRole.Region, new() { Name = "东风村便民代办点" })).ToContainTextAsync("村级");
        await Assertions.Expect(town.GetByRole(AriaRole.Region, new() { Name = "和平社区便民代办点" }))
            .ToContainTextAsync("办公时间");
    }

    /// <summary>Materials of the three allowed kinds, by their leading bytes as the service checks them.</summary>
    static FilePayload SampleFile(int index, string material) => (index % 3) switch
    {
        0 => new()
        {
            Name = $"{material}.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n% sample\n%%EOF\n")
        },
        1 => new()
        {
            Name = $"{material}.png",
            MimeType = "image/png",
            Buffer = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]
        },
        _ => new() { Name = $"{material}.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] },
    };

    /// <summary>The result file as the window uploads it (purpose result), by the API.</summary>
    async Task<string> UploadResultAsync(byte[] bytes, string fileName)
    {
        using var client = new HttpClient { BaseAddress = hall.Address };
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", fileName);
        form.Add(new StringContent("result"), "purpose");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/files") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await hall.Api.TokenAsync("window01"));
        using var answer = await client.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, $"upload: {(int)answer.StatusCode} {text}");
        return JsonNode.Parse(text)!["id"]!.GetValue<string>();
    }

    /// <summary>Intake learns the service points from the catalogue's events after the host starts.</summary>
    async Task WaitForPointAsync(string code)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(60);
        while (true)
        {
            var points = await hall.Api.GetAsync("/api/intake/points", "agent01");
            if (points!.AsArray().Any(p => p?["code"]?.GetValue<string>() == code))
            {
                return;
            }
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Intake has not learned point {code} in 60 s.");
            await Task.Delay(250);
        }
    }
}
