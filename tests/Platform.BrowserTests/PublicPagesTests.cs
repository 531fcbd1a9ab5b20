using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>The public pages, no sign-in: 办事指南 search and guide, 工作日查询, 办件查询 (case and project).</summary>
[Collection(PortalCollection.Name)]
public sealed class PublicPagesTests(PortalFixture hall)
{
    [Fact]
    public async Task A_keyword_finds_a_demo_matter_whose_guide_shows_its_materials_and_both_limits()
    {
        await using var portal = await hall.OpenAsync("public-guide");
        var page = portal.Page;

        await page.GotoAsync("/");
        await page.GetByLabel("事项名称或编码").FillAsync("食品经营");
        await page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "食品经营许可", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/guide/SCJGJ-01-001"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "食品经营许可", Exact = true }))
            .ToBeVisibleAsync();
        var materials = page.Locator("[data-test=materials]");
        await Assertions.Expect(materials.GetByRole(AriaRole.Row).Filter(new() { HasText = "营业执照" }))
            .ToContainTextAsync("复印件");
        await Assertions.Expect(materials.GetByRole(AriaRole.Row).Filter(new() { HasText = "食品经营许可申请书" }))
            .ToContainTextAsync("原件");
        await Assertions.Expect(materials.GetByRole(AriaRole.Row).Filter(new() { HasText = "营业执照" }))
            .ToContainTextAsync("纸质");
        await Assertions.Expect(page.Locator("[data-test=statutory-limit]")).ToHaveTextAsync("20 个工作日");
        await Assertions.Expect(page.Locator("[data-test=promised-limit]")).ToHaveTextAsync("2 个工作日");
        await Assertions.Expect(page.GetByText("周一至周五 9:00-12:00").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "取号办理" }))
            .ToHaveAttributeAsync("href", "/kiosk?matter=SCJGJ-01-001");
    }

    [Fact]
    public async Task The_search_narrows_by_department_and_pages_through_the_results()
    {
        await using var portal = await hall.OpenAsync("public-search");
        var page = portal.Page;

        // Other tests publish matters of their own for SCJGJ: the count is the catalogue's at this moment (≥ 21 demo).
        var total = (await hall.Api.GetAsync("/api/catalogue/matters?department=SCJGJ&pageSize=1"))!["total"]!
            .GetValue<int>();
        Assert.True(total >= 21, $"The demo catalogue has 21 SCJGJ matters, the search found {total}.");
        await page.GotoAsync("/?department=SCJGJ");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"共找到 {total} 个事项");
        await Assertions.Expect(page.Locator(".matter")).ToHaveCountAsync(10);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一页" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("page=2"));
        await Assertions.Expect(page.Locator(".matter")).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator(".matter").First).ToContainTextAsync("市场监督管理局");
    }

    [Fact]
    public async Task The_calendar_page_knows_national_day_is_no_working_day_and_counts_past_it()
    {
        await using var portal = await hall.OpenAsync("public-calendar");
        var page = portal.Page;
        var expected = await hall.Api.GetAsync("/api/catalogue/calendar/add?from=2026-09-30&workingDays=1");

        await page.GotoAsync("/calendar");
        await page.GetByLabel("查询日期").FillAsync("2026-10-01");
        await page.GetByLabel("查询日期").PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=day-answer]")).ToContainTextAsync("不是工作日");
        await Assertions.Expect(page.Locator("[data-test=day-answer]")).ToContainTextAsync("国庆节");

        await page.GetByLabel("起算日期").FillAsync("2026-09-30");
        await page.GetByLabel("起算日期").PressAsync("Enter");
        await page.GetByLabel("工作日天数").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "推算" }).ClickAsync();
        var date = expected!["date"]!.GetValue<string>().Split('-').Select(int.Parse).ToArray();
        await Assertions.Expect(page.Locator("[data-test=add-answer]"))
            .ToContainTextAsync($"{date[0]}年{date[1]}月{date[2]}日");
    }

    [Fact]
    public async Task A_case_accepted_at_a_window_is_tracked_by_its_number_and_the_last_four_of_the_id()
    {
        await IntakeMatters.WaitUntilKnownAsync(hall.Api, "SCJGJ-01-001");
        var accepted = await hall.Api.PostAsync("/api/intake/applications", new
        {
            matterCode = "SCJGJ-01-001",
            windowNo = "A01",
            applicant = new { type = "natural", name = "张三", idNumber = "11010519491231002X", phone = "13800138000" },
            materials = new[]
            {
                new { name = "食品经营许可申请书", status = "present" },
                new { name = "营业执照", status = "present" },
                new { name = "食品安全管理制度", status = "present" },
            },
            outcome = "accept",
        }, "window01");
        var caseNo = accepted!["case"]!["caseNo"]!.GetValue<string>();
        await using var portal = await hall.OpenAsync("public-track");
        var page = portal.Page;

        await page.GotoAsync("/track");
        await page.GetByLabel("受理编号").FillAsync(caseNo);
        await page.GetByLabel("证件号码或联系电话后四位").FillAsync("002X");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        var result = page.Locator("[data-test=case-result]");
        await Assertions.Expect(result).ToContainTextAsync("食品经营许可");
        await Assertions.Expect(result.Locator("[data-test=case-status]")).ToHaveTextAsync("办理中");
        await Assertions.Expect(result).ToContainTextAsync(caseNo);
        await Assertions.Expect(result).ToContainTextAsync("承诺 2 个工作日内办结");
    }

    [Fact]
    public async Task A_wrong_verification_code_is_told_in_Chinese()
    {
        await using var portal = await hall.OpenAsync("public-track-refused");
        var page = portal.Page;

        await page.GotoAsync("/track");
        await page.GetByLabel("受理编号").FillAsync("NO-SUCH-CASE");
        await page.GetByLabel("证件号码或联系电话后四位").FillAsync("1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未查到该办件");
        portal.Expect("404");
    }

    [Fact]
    public async Task A_registered_project_is_tracked_by_its_code_and_tracking_code_on_the_second_tab()
    {
        var code = $"2026-510181-34-03-{Random.Shared.Next(100000, 999999)}";
        var project = await hall.Api.PostAsync("/api/approval/projects", new
        {
            code,
            name = "浏览器测试厂房",
            applicantName = "示范测试有限公司",
            applicantCreditCode = "91350100M000100Y43",
            investmentKind = "enterprise",
            location = "示范市东区",
        }, "company01");
        var trackingCode = project!["trackingCode"]!.GetValue<string>();
        await using var portal = await hall.OpenAsync("public-track-project");
        var page = portal.Page;

        await page.GotoAsync("/track");
        await page.GetByRole(AriaRole.Tab, new() { Name = "工程建设项目审批进度" }).ClickAsync();
        await page.GetByLabel("项目代码").FillAsync(code);
        await page.GetByLabel("查询码").FillAsync(trackingCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).Last.ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=project-result]")).ToContainTextAsync("浏览器测试厂房");
        await Assertions.Expect(page.Locator("[data-test=project-result]")).ToContainTextAsync("尚未提交任何审批阶段");
    }

    [Fact]
    public async Task The_guide_keeps_its_layout_in_large_text_mode()
    {
        await using var portal = await hall.OpenAsync("public-guide-large-text", 1024, 800);
        var page = portal.Page;
        await page.Context.AddInitScriptAsync("localStorage.setItem('hall.largeText', '1')");

        await page.GotoAsync("/guide/ZJJ-01-001");

        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync(new Regex("large-text"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "取号办理" })).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("[data-test=promised-limit]")).ToContainTextAsync("个工作日");
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 1024, $"The page is {width} px wide in large-text mode: it scrolls sideways.");
    }
}
