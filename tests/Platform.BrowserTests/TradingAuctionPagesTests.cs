using System.Globalization;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 拍卖·挂牌 in the 竞价室: a bidder applies (竞买申请) in the page, bids once the trading officer has started the
/// auction, and an anonymous watcher's page (polled every 2 s) follows the highest bid and then the result with the
/// reserve price, which stays secret until the close.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TradingAuctionPagesTests(PortalFixture hall)
{
    const string FirmCreditCode = "91110108MA01KPGK0L";

    [Fact]
    public async Task A_bid_in_the_auction_room_updates_the_watchers_highest_and_the_close_reveals_the_reserve()
    {
        var (projectId, deadline) = await AnnounceAuctionAsync();
        await using var bidder = await hall.OpenAsync("trading-auction-bidder");
        await bidder.SignInAsync("company01");
        var page = bidder.Page;
        await page.GotoAsync($"/trading/projects/{projectId}/auction");
        await Assertions.Expect(page.Locator("[data-test=auction-status]")).ToHaveTextAsync("尚未开始竞价");
        await page.GetByLabel("统一社会信用代码").FillAsync(FirmCreditCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "提交竞买申请" }).ClickAsync();
        await Assertions.Expect(page.GetByText("竞买申请已提交")).ToBeVisibleAsync();

        // Past the deadline (forward only), the trading officer starts the auction: 竞买号 in registration order.
        await hall.Api.SendAsync(HttpMethod.Put, "/api/admin/clock", "admin",
            new { now = deadline.AddMinutes(1).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture) });
        await hall.Api.PostAsync($"/api/bidding/projects/{projectId}/auction/start", new { }, "trading01");
        await using var watcher = await hall.OpenAsync("trading-auction-watcher");
        await watcher.Page.GotoAsync($"/trading/projects/{projectId}/auction");
        var highest = watcher.Page.Locator("[data-test=auction-highest]");
        await Assertions.Expect(highest).ToHaveTextAsync("暂无应价");
        await Assertions.Expect(watcher.Page.Locator("[data-test=auction-next]")).ToHaveTextAsync("1,000,000.00 元");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-test=my-paddle]")).ToContainTextAsync("您的竞买号：1");
        var amount = page.GetByLabel("应价金额（元）");
        await Assertions.Expect(amount).ToHaveValueAsync("1000000.00");
        await amount.FillAsync("999999.99");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认应价" }).ClickAsync();
        await Assertions.Expect(page.GetByText("应价不得低于 1000000.00 元")).ToBeVisibleAsync();
        await amount.FillAsync("1000000.00");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认应价" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=auction-bid-done]")).ToHaveTextAsync(
            "应价 1,000,000.00 元 已提交。");
        await Assertions.Expect(page.Locator("[data-test=auction-leading]")).ToBeVisibleAsync();
        await Assertions.Expect(amount).ToHaveValueAsync("1050000.00");

        // The watcher's page follows by itself; the platform's refusal of a second bid over one's own is shown.
        await Assertions.Expect(highest).ToHaveTextAsync("1,000,000.00 元（竞买号 1）");
        await Assertions.Expect(watcher.Page.Locator("[data-test=auction-next]")).ToHaveTextAsync("1,050,000.00 元");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认应价" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=auction-bid-error]")).ToContainTextAsync("已是当前最高应价");
        bidder.Expect("409");
        await bidder.ScreenshotAsync("-bid");

        await hall.Api.PostAsync($"/api/bidding/projects/{projectId}/auction/close", new { }, "trading01");
        var result = watcher.Page.Locator("[data-test=auction-result]");
        await Assertions.Expect(result).ToContainTextAsync("竞得人：示例科技有限公司，成交价 1,000,000.00 元");
        await Assertions.Expect(result).ToContainTextAsync("保留价：1,000,000.00 元");
        await Assertions.Expect(watcher.Page.Locator("[data-test=auction-status]")).ToHaveTextAsync("竞价已结束");
    }

    /// <summary>
    /// A land auction (start price 1,000,000, increment 50,000, reserve at the start price) announced now in hall time
    /// with the earliest deadline the rule allows, so the clock moves as little as needed.
    /// </summary>
    async Task<(string ProjectId, DateTimeOffset Deadline)> AnnounceAuctionAsync()
    {
        var clock = await hall.Api.GetAsync("/api/admin/clock", "admin");
        var now = DateTimeOffset.Parse(clock!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        foreach (var days in new[] { 5, 7, 10, 20 })
        {
            var deadline = now.AddDays(days).AddMinutes(5);
            deadline = deadline.AddTicks(-(deadline.Ticks % TimeSpan.TicksPerMinute));
            try
            {
                var project = await hall.Api.PostAsync("/api/bidding/projects", new
                {
                    name = $"浏览器测试国有建设用地使用权挂牌 {Guid.NewGuid().ToString("N")[..6]}",
                    procedure = "auction",
                    category = "land",
                    budget = 1_000_000m,
                    increment = 50_000m,
                    reservePrice = 1_000_000m,
                    buyerName = "示范市自然资源和规划局",
                    buyerCreditCode = "91350100M000100Y43",
                    evaluationMethod = "lowest-price",
                    documents = new[] { new { title = "挂牌出让文件", url = "https://example.org/land.pdf" } },
                    bidDeadline = deadline,
                }, "trading01");
                return (project!["id"]!.GetValue<string>(), deadline);
            }
            catch (HttpRequestException e) when (e.Message.Contains("announcement-period-too-short",
                StringComparison.Ordinal))
            {
                // A longer period for auctions than tried: a later deadline.
            }
        }
        throw new InvalidOperationException("No deadline within 20 days was accepted for an auction.");
    }
}
