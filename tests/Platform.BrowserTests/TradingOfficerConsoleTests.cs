using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 交易项目管理 (the trading officer's console): a project announced through the 发布公告 form appears in the project
/// list and opens on its workbench; a room booked over another booking shows the server's overlap problem.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class TradingOfficerConsoleTests(PortalFixture hall)
{
    [Fact]
    public async Task A_project_announced_through_the_form_is_listed_and_opens_on_its_workbench()
    {
        var now = await HallNowAsync();
        // 公开招标: at least 20 calendar days between announcement and deadline; 30 leaves room for a moved clock.
        var deadline = now.AddDays(30).ToOffset(TimeSpan.FromHours(8));
        var name = $"浏览器测试公告项目 {Guid.NewGuid().ToString("N")[..6]}";
        await using var officer = await hall.OpenAsync("trading-officer-announce");
        await officer.SignInAsync("trading01");
        var page = officer.Page;

        await page.GotoAsync("/trading/console?tab=announce");
        await page.GetByLabel("项目名称").FillAsync(name);
        await page.GetByLabel("预算（控制价，元）").FillAsync("1280000");
        await page.GetByLabel("采购人（招标人）").FillAsync("示范市教育局");
        await page.GetByLabel("统一社会信用代码").FillAsync("91350100M000100Y43");
        await page.GetByLabel("投标截止时间").FillAsync(
            deadline.ToString("yyyy-MM-dd'T'09:30", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "发布公告" }).ClickAsync();

        var link = page.GetByRole(AriaRole.Link, new() { Name = name });
        await Assertions.Expect(link).ToBeVisibleAsync();
        await officer.ScreenshotAsync("-list");
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=workbench-status]")).ToHaveTextAsync("公告中");
        await Assertions.Expect(page.Locator("[data-test=to-opening]")).ToBeVisibleAsync();
        var listed = await hall.Api.GetAsync("/api/bidding/projects?page=1&pageSize=100", "trading01");
        Assert.Contains(listed!["items"]!.AsArray(), p => p!["name"]!.GetValue<string>() == name);
    }

    [Fact]
    public async Task A_room_booked_over_another_booking_shows_the_overlap_problem()
    {
        var rooms = await hall.Api.GetAsync("/api/bidding/rooms", "trading01");
        var room = (rooms as JsonArray ?? rooms!["items"]!.AsArray()).First()!;
        var code = room["code"]!.GetValue<string>();
        var day = (await HallNowAsync()).ToOffset(TimeSpan.FromHours(8)).AddDays(3).ToString("yyyy-MM-dd",
            CultureInfo.InvariantCulture);
        await hall.Api.PostAsync($"/api/bidding/rooms/{code}/bookings", new
        {
            purpose = "浏览器测试：已有预约",
            from = $"{day}T10:00:00+08:00",
            to = $"{day}T12:00:00+08:00",
        }, "trading01");
        await using var officer = await hall.OpenAsync("trading-officer-rooms");
        await officer.SignInAsync("trading01");
        var page = officer.Page;

        await page.GotoAsync("/trading/console?tab=rooms");
        await page.Locator("#bk-room").ClickAsync(new() { Force = true });
        await page.GetByRole(AriaRole.Option, new() { Name = room["name"]!.GetValue<string>() }).First.ClickAsync();
        await page.Locator("#bk-date").FillAsync(day);
        await page.Locator("#bk-from").FillAsync("11:00");
        await page.Locator("#bk-to").FillAsync("13:00");
        await page.GetByLabel("用途").FillAsync("浏览器测试：重叠的预约");
        await page.GetByRole(AriaRole.Button, new() { Name = "预约", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=booking-problem]")).ToBeVisibleAsync();
        officer.Expect("409");
        await page.Locator("#rooms-date").FillAsync(day);
        await Assertions.Expect(page.Locator("[data-test=bookings]")).ToContainTextAsync("浏览器测试：已有预约");
    }

    async Task<DateTimeOffset> HallNowAsync()
    {
        var clock = await hall.Api.GetAsync("/api/admin/clock", "admin");
        return DateTimeOffset.Parse(clock!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }
}
