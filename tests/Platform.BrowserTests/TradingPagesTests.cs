using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 公共资源交易 pages: a bid sealed in the browser (AES-256-GCM by WebCrypto, the key shown once) is opened after the
/// deadline and its price appears on the opening board; a demo draw and a demo record are recomputed in the browser.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TradingPagesTests(PortalFixture hall)
{
    const string FirmCreditCode = "91110108MA01KPGK0L";

    [Fact]
    public async Task A_bid_sealed_in_the_page_is_opened_after_the_deadline_and_its_price_appears_on_the_board()
    {
        var (projectId, deadline) = await AnnounceInquiryAsync();
        await using var bidder = await hall.OpenAsync("trading-bid");
        await bidder.SignInAsync("company01");
        var page = bidder.Page;

        await page.GotoAsync($"/trading/projects/{projectId}/bid");
        await page.GetByLabel("统一社会信用代码").FillAsync(FirmCreditCode);
        await page.GetByLabel("投标报价（元）").FillAsync("456789.12");
        await page.GetByLabel("工期（选填）").FillAsync("30 日历天");
        await page.GetByRole(AriaRole.Button, new() { Name = "加密并递交投标" }).ClickAsync();

        var keyText = page.Locator("[data-test=bid-key]");
        await Assertions.Expect(keyText).ToBeVisibleAsync();
        var key = (await keyText.InnerTextAsync()).Trim();
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        // The platform holds the hash of exactly the plaintext the page built, and no key.
        var expectedHash = Convert.ToHexStringLower(SHA256.HashData(
            Encoding.UTF8.GetBytes("""{"price":456789.12,"duration":"30 日历天"}""")));
        await Assertions.Expect(page.Locator("[data-test=my-bid]")).ToContainTextAsync(expectedHash);
        var sealedBids = await hall.Api.GetAsync($"/api/bidding/projects/{projectId}/bids", "trading01");
        Assert.Equal("sealed", sealedBids!.AsArray().Single()!["status"]!.GetValue<string>());
        await bidder.ScreenshotAsync("-sealed");
        await page.GetByRole(AriaRole.Button, new() { Name = "我已保存，关闭" }).ClickAsync();
        await Assertions.Expect(keyText).ToHaveCountAsync(0);

        // Past the deadline (as little as needed, forward only), the trading officer opens in the opening hall.
        await hall.Api.SendAsync(HttpMethod.Put, "/api/admin/clock", "admin",
            new { now = deadline.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) });
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByText("投标已截止，等待交易中心开标后提交密钥。")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("投标报价（元）")).ToHaveCountAsync(0);
        await using var officer = await hall.OpenAsync("trading-opening");
        await officer.SignInAsync("trading01");
        await officer.Page.GotoAsync($"/trading/projects/{projectId}/opening");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "开标", Exact = true }).ClickAsync();
        await Assertions.Expect(officer.Page.Locator("[data-test=opening-status]")).ToHaveTextAsync("开标中");
        await Assertions.Expect(officer.Page.GetByText("等待投标人提交密钥")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.GetByLabel("解密密钥（base64）").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交密钥并解密" }).ClickAsync();
        await Assertions.Expect(page.GetByText("解密成功")).ToContainTextAsync("456,789.12 元");

        // The officer's board, polled every 2 s, shows the price; then the opening is closed.
        await Assertions.Expect(officer.Page.Locator("[data-test=bid-price]")).ToHaveTextAsync("456,789.12 元");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "结束开标" }).ClickAsync();
        await Assertions.Expect(officer.Page.Locator("[data-test=opening-status]")).ToHaveTextAsync("评审中");
        await Assertions.Expect(officer.Page.GetByText("1 家（开标已结束）")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_demo_draw_recomputed_in_the_browser_is_verified()
    {
        var draws = await hall.Api.GetAsync("/api/bidding/draws?page=1&pageSize=100", "trading01");
        var firmsDraw = draws!["items"]!.AsArray()
            .First(d => d!["purpose"]!.GetValue<string>() == "firms" && d["secret"] is not null)!;
        var drawId = firmsDraw["drawId"]!.GetValue<string>();
        var selected = firmsDraw["selected"]!.AsArray().Single()!.GetValue<string>();
        await using var portal = await hall.OpenAsync("trading-draw");
        var page = portal.Page;

        await page.GotoAsync($"/trading/draws/{drawId}");
        await Assertions.Expect(page.Locator("[data-test=selected]")).ToContainTextAsync(selected);
        await page.GetByRole(AriaRole.Button, new() { Name = "在浏览器中验证" }).ClickAsync();

        var verification = page.Locator("[data-test=draw-verification]");
        await Assertions.Expect(verification).ToContainTextAsync("验证通过");
        await Assertions.Expect(verification).ToContainTextAsync($"重算结果：{selected}（与公布结果一致）");
    }

    [Fact]
    public async Task The_public_list_leads_to_an_awarded_project_whose_record_the_browser_verifies()
    {
        await using var portal = await hall.OpenAsync("trading-project");
        var page = portal.Page;

        await page.GotoAsync("/trading");
        await page.GetByRole(AriaRole.Link, new() { Name = "示范市人民医院门诊楼装修改造工程" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=project-status]")).ToHaveTextAsync("已定标");
        await Assertions.Expect(page.GetByText("示范建工集团有限公司").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "验证记录" }).ClickAsync();

        var verification = page.Locator("[data-test=record-verification]");
        await Assertions.Expect(verification).ToContainTextAsync("平台核验：完整");
        await Assertions.Expect(verification).ToContainTextAsync("浏览器重算：验证通过");
        await page.Locator(".shell-tools .el-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html.large-text")).ToHaveCountAsync(1);
        await portal.ScreenshotAsync("-large-text");
    }

    [Fact]
    public async Task The_opening_hall_shows_a_failed_open_tender_as_流标_with_every_price()
    {
        var failed = await hall.Api.GetAsync("/api/bidding/public/projects?status=failed&procedure=open-tender");
        var project = failed!["items"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == "示范市城东片区供水管网改造工程")!;
        await using var portal = await hall.OpenAsync("trading-opening-failed");
        var page = portal.Page;

        await page.GotoAsync($"/trading/projects/{project["id"]!.GetValue<string>()}/opening");

        await Assertions.Expect(page.Locator("[data-test=opening-status]")).ToHaveTextAsync("流标");
        await Assertions.Expect(page.Locator("[data-test=failed]")).ToContainTextAsync("有效投标不足 3 家（2 家），流标");
        await Assertions.Expect(page.Locator("[data-test=bid-price]")).ToHaveTextAsync(
            ["5,080,000.00 元", "4,960,000.00 元"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "开标", Exact = true }))
            .ToHaveCountAsync(0);
    }

    /// <summary>
    /// An inquiry (询价) announced now in hall time with the earliest deadline the rule allows among a few tries
    /// (3 working days: 5 calendar days suffice unless a holiday intervenes), so the clock moves as little as needed.
    /// </summary>
    async Task<(string ProjectId, DateTimeOffset Deadline)> AnnounceInquiryAsync()
    {
        var clock = await hall.Api.GetAsync("/api/admin/clock", "admin");
        var now = DateTimeOffset.Parse(clock!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        foreach (var days in new[] { 5, 7, 10, 14 })
        {
            var deadline = now.AddDays(days).AddMinutes(5);
            deadline = deadline.AddTicks(-(deadline.Ticks % TimeSpan.TicksPerMinute));
            try
            {
                var project = await hall.Api.PostAsync("/api/bidding/projects", new
                {
                    name = $"浏览器测试询价采购 {Guid.NewGuid().ToString("N")[..6]}",
                    procedure = "inquiry",
                    category = "goods",
                    budget = 500_000m,
                    buyerName = "示范市教育局",
                    buyerCreditCode = "91350100M000100Y43",
                    evaluationMethod = "lowest-price",
                    documents = new[] { new { title = "询价文件", url = "https://example.org/inquiry.pdf" } },
                    bidDeadline = deadline,
                }, "trading01");
                return (project!["id"]!.GetValue<string>(), deadline);
            }
            catch (HttpRequestException e) when (e.Message.Contains("announcement-period-too-short",
                StringComparison.Ordinal))
            {
                // A holiday within the days tried: a later deadline.
            }
        }
        throw new InvalidOperationException("No deadline within 14 days was accepted for an inquiry.");
    }
}
