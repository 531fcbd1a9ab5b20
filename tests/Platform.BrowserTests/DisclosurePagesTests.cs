using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 政务公开: the officer's workbench (a letter registered with its real receipt date, replied), the public online
/// request form feeding the workbench, and a publication drafted by one officer, approved by another and shown to the
/// public with safe links only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DisclosurePagesTests(PortalFixture hall)
{
    const string ResidentId = "11010519491231002X";

    static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>The hall's today (the host's clock may have moved) and the day two working days before it.</summary>
    async Task<(string Today, string TwoWorkingDaysAgo)> HallDaysAsync()
    {
        var clock = await hall.Api.GetAsync("/api/admin/clock", "admin");
        var now = DateTimeOffset.Parse(clock!["now"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var day = today;
        for (var working = 0; working < 2;)
        {
            day = day.AddDays(-1);
            var answer = await hall.Api.GetAsync($"/api/catalogue/calendar/days/{day:yyyy-MM-dd}");
            if (answer!["isWorkingDay"]!.GetValue<bool>())
            {
                working++;
            }
        }
        return ($"{today:yyyy-MM-dd}", $"{day:yyyy-MM-dd}");
    }

    [Fact]
    public async Task A_letter_received_two_working_days_ago_is_due_twenty_working_days_after_receipt_and_is_replied()
    {
        var (today, received) = await HallDaysAsync();
        var calendar = new HallCalendar(hall.Api);
        var dueDate = await calendar.AddWorkingDaysAsync(DateOnly.Parse(received, CultureInfo.InvariantCulture), 20);
        var due = $"{dueDate:yyyy-MM-dd}";
        var left = await calendar.WorkingDaysBetweenAsync(DateOnly.Parse(today, CultureInfo.InvariantCulture), dueDate);
        var applicant = Unique("信函申请人");

        await using var portal = await hall.OpenAsync("disclosure-workbench");
        var page = portal.Page;
        await portal.SignInAsync("disclosure01");
        await page.GotoAsync("/disclosure/workbench");

        await Assertions.Expect(page.GetByLabel("申请渠道")).ToBeVisibleAsync();
        await page.GetByLabel("收到日期").FillAsync(received);
        await page.GetByLabel("收到时间").FillAsync("10:00");
        await page.GetByLabel("申请人姓名或名称").FillAsync(applicant);
        await page.GetByLabel("身份证号码").FillAsync(ResidentId);
        await page.GetByLabel("联系方式").FillAsync("13800138000");
        await page.GetByLabel("所需信息的内容描述").FillAsync("本局 2026 年政府采购合同目录");
        await page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已登记申请" }))
            .ToContainTextAsync($"{received} 收到，答复期限 {due}");
        var row = page.Locator("[data-test=requests] tbody tr", new() { HasText = applicant });
        await Assertions.Expect(row).ToContainTextAsync(received);
        await Assertions.Expect(row).ToContainTextAsync(calendar.Provisional ? $"{due}（暂定）" : due);
        await Assertions.Expect(row).ToContainTextAsync($"剩余 {left} 个工作日");

        await row.GetByRole(AriaRole.Button).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.Locator("[data-test=dialog-due]")).ToHaveTextAsync(due);
        await dialog.GetByLabel("答复书编号").FillAsync("示政公开〔2026〕8号");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "答复办结" }).ClickAsync();
        await Assertions.Expect(dialog.Locator("[data-test=dialog-status]")).ToHaveTextAsync("已答复");
        await Assertions.Expect(dialog).ToContainTextAsync("3.1 予以公开");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "关闭此对话框" }).ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("已答复");
    }

    [Fact]
    public async Task An_online_request_from_the_public_form_gets_its_number_and_reply_date_and_reaches_the_workbench()
    {
        var applicant = Unique("网上申请人");
        string requestNo;
        await using (var visitor = await hall.OpenAsync("disclosure-request"))
        {
            var page = visitor.Page;
            await page.GotoAsync("/disclosure/request");
            await page.GetByLabel("申请人姓名").FillAsync(applicant);
            await page.GetByLabel("身份证号码").FillAsync("110105194912310021");
            await Assertions.Expect(page.GetByText("校验位不符")).ToBeVisibleAsync();
            await page.GetByLabel("身份证号码").FillAsync(ResidentId);
            await page.GetByLabel("联系电话或电子邮箱").FillAsync("13800138000");
            await page.GetByLabel("所需信息的内容描述").FillAsync("示范市 2026 年老旧小区改造项目清单");
            await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=request-receipt]")).ToContainTextAsync("答复期限");
            requestNo = (await page.Locator("[data-test=request-no]").TextContentAsync())!.Trim();
            Assert.Matches("^YSQ\\d{4}\\d{5}$", requestNo);
            await Assertions.Expect(page.Locator("[data-test=request-due]")).ToContainTextAsync("年");
        }

        await using var portal = await hall.OpenAsync("disclosure-online-in-workbench");
        await portal.SignInAsync("disclosure01");
        await portal.Page.GotoAsync("/disclosure/workbench");
        var row = portal.Page.Locator("[data-test=requests] tbody tr", new() { HasText = requestNo });
        await Assertions.Expect(row).ToContainTextAsync(applicant);
        await Assertions.Expect(row).ToContainTextAsync("网上");
    }

    [Fact]
    public async Task A_publication_drafted_by_one_officer_and_approved_by_another_is_public_without_unsafe_links()
    {
        var title = Unique("示范市政务公开测试通知");
        await using (var author = await hall.OpenAsync("disclosure-draft"))
        {
            var page = author.Page;
            await author.SignInAsync("disclosure01");
            await page.GotoAsync("/disclosure/workbench");
            await page.GetByRole(AriaRole.Tab, new() { Name = "主动公开" }).ClickAsync();
            await page.GetByLabel("标题").FillAsync(title);
            await page.GetByLabel("发布机构").FillAsync("示范市政务服务管理局");
            await page.GetByLabel("正文").FillAsync("第一段。\n<script>alert('x')</script> 按文本显示。");
            await page.GetByRole(AriaRole.Button, new() { Name = "添加附件" }).ClickAsync();
            await page.GetByLabel("附件 1 名称").FillAsync("实施方案");
            await page.GetByLabel("附件 1 网址").FillAsync("https://www.gov.cn/zhengce/plan.pdf");
            await page.GetByRole(AriaRole.Button, new() { Name = "添加附件" }).ClickAsync();
            await page.GetByLabel("附件 2 名称").FillAsync("恶意附件");
            await page.GetByLabel("附件 2 网址").FillAsync("javascript:alert(document.cookie)");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();

            // The service refuses the address; the page says so next to the field.
            await Assertions.Expect(page.GetByText("不接受 javascript:")).ToBeVisibleAsync();
            author.Expect("400");
            await page.GetByRole(AriaRole.Button, new() { Name = "删除附件 2" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已保存草稿" }))
                .ToBeVisibleAsync();
            var row = page.Locator("[data-test=officer-publications] tbody tr", new() { HasText = title });
            await row.GetByRole(AriaRole.Button, new() { Name = "提交保密审查" }).ClickAsync();
            await Assertions.Expect(row).ToContainTextAsync("等待他人审查");
        }

        await using (var reviewer = await hall.OpenAsync("disclosure-review"))
        {
            var page = reviewer.Page;
            await reviewer.SignInAsync("disclosure02");
            await page.GotoAsync("/disclosure/workbench");
            await page.GetByRole(AriaRole.Tab, new() { Name = "主动公开" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"同意公开 {title}" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = $"公开 {title}", Exact = true }).ClickAsync();
            var row = page.Locator("[data-test=officer-publications] tbody tr", new() { HasText = title });
            await Assertions.Expect(row).ToContainTextAsync("已公开");
            await Assertions.Expect(row).ToContainTextAsync("disclosure01 / disclosure02");
        }

        await using var visitor = await hall.OpenAsync("disclosure-public");
        var publicPage = visitor.Page;
        await publicPage.GotoAsync("/disclosure");
        await publicPage.GetByLabel("关键词").FillAsync(title);
        await publicPage.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await publicPage.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();

        await Assertions.Expect(publicPage.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Assertions.Expect(publicPage.Locator("[data-test=publication-body]"))
            .ToContainTextAsync("<script>alert('x')</script> 按文本显示。");
        var link = publicPage.GetByRole(AriaRole.Link, new() { Name = "实施方案" });
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "https://www.gov.cn/zhengce/plan.pdf");
        await Assertions.Expect(publicPage.Locator("a[href^='javascript' i]")).ToHaveCountAsync(0);
        await Assertions.Expect(publicPage.GetByText("恶意附件")).ToHaveCountAsync(0);
        await visitor.ScreenshotAsync("-item");

        await publicPage.GetByRole(AriaRole.Link, new() { Name = "← 返回政务公开" }).ClickAsync();
        await Assertions.Expect(publicPage.Locator("[data-test=publications]")).ToContainTextAsync("示范市");
    }
    [Fact]
    public async Task The_annual_report_shows_last_years_tables_with_its_printable_page_and_keeps_the_written_parts()
    {
        var note = Unique("本年度未发生需要报告的其他事项");
        await using var portal = await hall.OpenAsync("disclosure-annual-report");
        var page = portal.Page;
        await portal.SignInAsync("disclosure01");
        await page.GotoAsync("/disclosure/annual-report");

        var section3 = page.Locator("[data-test=section3]");
        await Assertions.Expect(section3).ToContainTextAsync("本年新收政府信息公开申请数量");
        await Assertions.Expect(section3).ToContainTextAsync("3.3.1 不予公开：属于国家秘密");
        await Assertions.Expect(page.Locator("[data-test=printable]"))
            .ToHaveAttributeAsync("href", new Regex("^blob:"));

        await page.GetByLabel("六、其他需要报告的事项").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存文字部分" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "文字部分已保存" }))
            .ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("六、其他需要报告的事项")).ToHaveValueAsync(note);
    }
}
