using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Platform.BrowserTests;

/// <summary>The hall's devices: the 取号 kiosk and the 叫号 display screen.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class QueuePagesTests(PortalFixture hall, ITestOutputHelper output)
{
    [Fact]
    public async Task A_ticket_taken_at_the_kiosk_is_shown_on_the_display_next_to_the_window_that_calls_it()
    {
        await IntakeMatters.WaitUntilKnownAsync(hall.Api, "ZJJ-01-001");
        await using var display = await hall.OpenAsync("queue-display", 1920, 1080);
        await display.Page.GotoAsync("/display");
        await Assertions.Expect(display.Page.GetByRole(AriaRole.Heading, new() { Name = "政务服务中心 · 叫号信息" }))
            .ToBeVisibleAsync();
        await using var kiosk = await hall.OpenAsync("queue-kiosk", 1280, 1024);
        var page = kiosk.Page;
        LogProblems(page);

        await page.GotoAsync("/kiosk");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "住房和城乡建设局" })).ToBeVisibleAsync();
        await kiosk.ScreenshotAsync("-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "住房和城乡建设局" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "建筑工程施工许可证核发", Exact = true }).ClickAsync();

        var slip = page.Locator("[data-test=ticket-slip]");
        await Assertions.Expect(slip).ToContainTextAsync("建筑工程施工许可证核发");
        await Assertions.Expect(slip).ToContainTextAsync("前面等候");
        await Assertions.Expect(slip).ToContainTextAsync("预计等候");
        var ticketNo = (await slip.Locator("[data-test=ticket-number]").InnerTextAsync()).Trim();
        Assert.Matches(TicketNumber(), ticketNo);
        await kiosk.ScreenshotAsync("-slip");

        await CallUntilAsync(ticketNo, "ZJJ", "A07");

        var row = display.Page.Locator("[data-test=call-row]").Filter(new() { HasText = ticketNo });
        await Assertions.Expect(row.Locator("[data-test=call-window]")).ToHaveTextAsync("A07 窗口",
            new() { Timeout = 5_000 });
        await Assertions.Expect(row).ToHaveClassAsync(new Regex("fresh"));
        await Assertions.Expect(display.Page.Locator("[data-test=announce]")).ToContainTextAsync(ticketNo);
    }

    [Fact]
    public async Task A_guide_link_preselects_its_matter_and_the_green_channel_gives_a_priority_ticket()
    {
        await IntakeMatters.WaitUntilKnownAsync(hall.Api, "SCJGJ-01-001");
        await using var kiosk = await hall.OpenAsync("queue-kiosk-green", 1280, 1024);
        var page = kiosk.Page;

        LogProblems(page);
        await page.GotoAsync("/kiosk?matter=SCJGJ-01-001");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "食品经营许可" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "绿色通道取号" }).ClickAsync();

        var slip = page.Locator("[data-test=ticket-slip]");
        await Assertions.Expect(slip).ToContainTextAsync("绿色通道");
        await Assertions.Expect(slip.Locator("[data-test=ticket-number]")).ToHaveTextAsync(new Regex("^V"));
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^完成") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "请选择办事部门" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_display_counts_a_new_waiting_ticket_of_its_line()
    {
        await IntakeMatters.WaitUntilKnownAsync(hall.Api, "QXJ-01-001");
        await using var display = await hall.OpenAsync("queue-display-waiting", 1920, 1080);
        await display.Page.GotoAsync("/display?lines=QXJ");
        var count = display.Page.Locator("[data-test=total-waiting]");
        await Assertions.Expect(count).ToHaveTextAsync(new Regex(@"^\d+$"));
        var before = int.Parse(await count.InnerTextAsync());

        await hall.Api.PostAsync("/api/intake/queue/tickets", new { departmentCode = "QXJ", priority = false });

        await Assertions.Expect(count).ToHaveTextAsync((before + 1).ToString(), new() { Timeout = 5_000 });
        await Assertions.Expect(display.Page.Locator("[data-line=QXJ]")).ToContainTextAsync("气象局");
    }

    /// <summary>Calls the line as window01 until this ticket comes up (another test may have left some).</summary>
    async Task CallUntilAsync(string ticketNo, string line, string windowNo)
    {
        for (var i = 0; i < 50; i++)
        {
            var called = await hall.Api.PostAsync("/api/intake/queue/call", new { windowNo, lines = new[] { line } },
                "window01");
            if (called?["ticketNo"]?.GetValue<string>() == ticketNo)
            {
                return;
            }
            Assert.NotNull(called);
        }
        Assert.Fail($"Ticket {ticketNo} was not called from line {line}.");
    }

    /// <summary>Writes each refused request with its problem to the test's output (a failure then says why).</summary>
    void LogProblems(IPage page) =>
        page.Response += async (_, response) =>
        {
            if (response.Status >= 400)
            {
                output.WriteLine($"{response.Status} {response.Request.Method} {response.Url} "
                    + $"{response.Request.PostData} → {await response.TextAsync()}");
            }
        };

    [GeneratedRegex("^[A-Z]\\d{3,}$")]
    private static partial Regex TicketNumber();
}
