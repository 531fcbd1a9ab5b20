using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 效能监察: the dashboard's live counters follow the feed (opened with a feed ticket), a warning is appealed and
/// decided in the page with its audit trail, and the wall screen shows the hall's figures at 1920×1080.
/// No test moves the hall clock: the warning comes from a matter promised in one working day, yellow at once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class SupervisionDashboardTests(PortalFixture hall)
{
    static int _serial;

    /// <summary>A valid resident identity number (GB 11643 check digit) different for each case of a run.</summary>
    static string ResidentId()
    {
        var body = $"110105198001{Interlocked.Increment(ref _serial) % 28 + 1:00}{Random.Shared.Next(100, 999)}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }

    /// <summary>An instant matter accepted and completed on the spot at a comprehensive window (营业执照补领).</summary>
    Task<JsonNode?> CompleteOnTheSpotAsync() =>
        hall.Api.PostAsync("/api/intake/applications", new
        {
            matterCode = "SCJGJ-20-016",
            windowNo = "A01",
            applicant = new { type = "natural", name = "李四", idNumber = ResidentId(), phone = "13800138001" },
            materials = new[] { new { name = "补领申请书", status = "present" } },
            outcome = "complete-now",
            result = "approved",
        }, "window01");

    [Fact]
    public async Task The_live_counter_rises_when_a_case_completes_without_reloading_the_page()
    {
        await using var portal = await hall.OpenAsync("supervision-dashboard");
        var page = portal.Page;
        await portal.SignInAsync("supervisor01");
        await page.GotoAsync("/supervision");

        await Assertions.Expect(page.Locator("[data-test=feed-state]")).ToHaveTextAsync("实时推送");
        var completed = page.Locator("[data-test=live-completed]");
        await Assertions.Expect(completed).ToHaveTextAsync(Digits());
        var before = int.Parse(await completed.InnerTextAsync());

        await CompleteOnTheSpotAsync();

        await Assertions.Expect(completed).ToHaveTextAsync((before + 1).ToString());
        // The period figures come from the read model, which may count the completion a moment after the live
        // counter did, and hold other tests' cases too: asked again until the on-the-spot completion is among them.
        var figures = page.Locator("[data-test=period-figures]");
        var onTheSpot = new Regex(@"当场办结 ([1-9]\d*) 件");
        for (var attempt = 0; attempt < 20 && !onTheSpot.IsMatch(await figures.InnerTextAsync()); attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }
        Assert.Matches(onTheSpot, await figures.InnerTextAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=feed-state]")).ToHaveTextAsync("实时推送");
    }

    [Fact]
    public async Task A_warning_is_shown_with_its_case_then_appealed_and_decided_with_an_audit_trail()
    {
        // 食品经营许可变更 is promised in one working day: accepted today, it is yellow at once (≤ 1 day left).
        var answer = await hall.Api.PostAsync("/api/intake/applications", new
        {
            matterCode = "SCJGJ-01-009",
            windowNo = "A02",
            applicant = new { type = "natural", name = "王五", idNumber = ResidentId(), phone = "13800138002" },
            materials = new[]
            {
                new { name = "变更申请书", status = "present" }, new { name = "食品经营许可证", status = "present" },
            },
            outcome = "accept",
        }, "window01");
        var caseNo = answer!["case"]!["caseNo"]!.GetValue<string>();
        await WarningRaisedAsync(caseNo);

        await using var portal = await hall.OpenAsync("supervision-warnings");
        var page = portal.Page;
        await portal.SignInAsync("admin");
        await page.GotoAsync("/supervision");
        await page.GetByRole(AriaRole.Tab, new() { Name = "预警监察" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "立即检查预警" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        var row = page.Locator("tr.el-table__row").Filter(new() { HasText = caseNo });
        await Assertions.Expect(row).ToContainTextAsync("黄牌");
        await Assertions.Expect(row).ToContainTextAsync("生效中");
        await row.GetByRole(AriaRole.Button, new() { Name = $"查看 {caseNo} 的预警" }).ClickAsync();

        var drawer = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(drawer).ToContainTextAsync("食品经营许可变更");
        await Assertions.Expect(drawer).ToContainTextAsync("临近办结期限");

        await drawer.GetByRole(AriaRole.Button, new() { Name = "提出申诉" }).ClickAsync();
        await Assertions.Expect(drawer.GetByText("请写明申诉理由。")).ToBeVisibleAsync();
        portal.Expect("400");
        await drawer.GetByLabel("申诉理由").FillAsync("申请人已补正，部门当日即可办结。");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "提出申诉" }).ClickAsync();
        await Assertions.Expect(drawer.Locator("[data-test=warning-status]")).ToHaveTextAsync("申诉中");
        await Assertions.Expect(drawer).ToContainTextAsync("申请人已补正");

        await drawer.GetByText("撤销预警").ClickAsync();
        await drawer.GetByLabel("裁决说明").FillAsync("经核实理由成立。");
        await drawer.GetByRole(AriaRole.Button, new() { Name = "提交裁决" }).ClickAsync();
        await Assertions.Expect(drawer.Locator("[data-test=warning-status]")).ToHaveTextAsync("已撤销");
        await Assertions.Expect(drawer).ToContainTextAsync("裁决：撤销预警");
        await Assertions.Expect(drawer).ToContainTextAsync("经核实理由成立。");
        await Assertions.Expect(row).ToContainTextAsync("已撤销");
    }

    [Fact]
    public async Task The_wall_screen_shows_the_day_the_year_a_ranking_and_the_latest_completion_at_1920x1080()
    {
        await using var portal = await hall.OpenAsync("wall-screen", 1920, 1080);
        var page = portal.Page;
        await portal.SignInAsync("supervisor01");
        await page.GotoAsync("/supervision/wall");
        await Assertions.Expect(page.GetByText("● 实时")).ToBeVisibleAsync();

        var answer = await CompleteOnTheSpotAsync();
        var caseNo = answer!["case"]!["caseNo"]!.GetValue<string>();

        await Assertions.Expect(page.Locator("[data-test=wall-completions]")).ToContainTextAsync(caseNo);
        await Assertions.Expect(page.Locator("[data-test=wall-completed]")).ToHaveTextAsync(Digits());
        await Assertions.Expect(page.Locator("[data-test=wall-year-accepted]")).ToHaveTextAsync(Digits());
        await Assertions.Expect(page.GetByText("本年部门排名")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("市场监督管理局").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("header")).ToHaveCountAsync(1); // the bare page: no portal header
        await Assertions.Expect(page.GetByRole(AriaRole.Menubar)).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Setup: supervision learns of the acceptance through the bus, a moment after intake answers; the evaluation is
    /// asked for until the case's warning is there (the page's own button then finds nothing new).
    /// </summary>
    async Task WarningRaisedAsync(string caseNo)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await hall.Api.PostAsync("/api/supervision/warnings/evaluate", new { }, "supervisor01");
            var list = await hall.Api.GetAsync("/api/supervision/warnings?department=SCJGJ", "supervisor01");
            if (list!.AsArray().Any(w => w!["caseNo"]!.GetValue<string>() == caseNo))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"no warning was raised for {caseNo}");
            await Task.Delay(250);
        }
    }

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Digits();
}
