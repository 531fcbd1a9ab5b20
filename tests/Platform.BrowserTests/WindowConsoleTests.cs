using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// 窗口工作台: a ticket taken at the kiosk is called and its matter prefilled; an acceptance prints its 受理通知书, a
/// one-time notice its 一次性告知书; a wrong identifier is refused as it is typed, before anything is sent.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class WindowConsoleTests(PortalFixture hall)
{
    const string Clerk = "window01";
    const string PersonId = "11010519491231002X";
    const string CompanyCode = "91350100M000100Y43";

    [Fact]
    public async Task A_ticket_taken_at_the_kiosk_is_called_at_the_window_and_its_matter_prefilled()
    {
        const string matterCode = "FGJ-01-001";
        var window = await DepartmentWindowAsync("FGJ");
        var ticket = await TakeTicketAsync(matterCode);
        await using var portal = await hall.OpenAsync("window-console");
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await ChooseWindowAsync(page, window);

        await CallUntilAsync(page, ticket);

        var called = page.Locator("[data-test=called-ticket]");
        await Assertions.Expect(called.Locator("[data-test=ticket-matter]")).ToHaveTextAsync("企业投资项目核准");
        await Assertions.Expect(page.Locator("[data-test=matter-facts]")).ToContainTextAsync("发展和改革局");
        await Assertions.Expect(page.Locator(".el-form-item", new() { Has = page.GetByLabel("申请事项") }))
            .ToContainTextAsync($"企业投资项目核准（{matterCode}）");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "材料清单" }))
            .ToContainTextAsync("项目申请报告");
        await Assertions.Expect(page.Locator("[data-test=first-contact]")).ToHaveTextAsync("首问责任人：综合窗口01");

        await page.GetByRole(AriaRole.Button, new() { Name = "重呼" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已重呼" }))
            .ToContainTextAsync($"已重呼 {ticket} 号（第 2 次呼叫）");

        await page.GetByText("法人或其他组织").ClickAsync();
        await page.GetByLabel("单位名称").FillAsync("示例能源投资有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync(CompanyCode);
        await page.GetByLabel("联系电话").FillAsync("13800138000");
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为齐全" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "受理并出具受理通知书" }))
            .ToBeEnabledAsync();
        // The README's picture of the console: a called ticket and a filled form (kept when the test ends).
    }

    [Fact]
    public async Task A_ticket_served_and_accepted_is_rated_on_the_rating_device_the_notice_of_acceptance_opens()
    {
        const string matterCode = "FGJ-01-002";
        var window = await DepartmentWindowAsync("FGJ");
        var ticket = await TakeTicketAsync(matterCode);
        await using var portal = await hall.OpenAsync("window-to-rating-device");
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await ChooseWindowAsync(page, window);
        await CallUntilAsync(page, ticket);

        await page.GetByText("法人或其他组织").ClickAsync();
        await page.GetByLabel("单位名称").FillAsync("示例节能科技有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync(CompanyCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为齐全" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理并出具受理通知书" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/window/print/accept/"));
        var caseNo = (await page.Locator("[data-test=case-no]").TextContentAsync())!.Trim();

        // The screen facing the applicant opens on the served ticket and the accepted case, without an account.
        var device = await page.Context.RunAndWaitForPageAsync(
            () => page.Locator("[data-test=rate-link]").ClickAsync());
        await Assertions.Expect(device.GetByText($"排队号 {ticket}")).ToBeVisibleAsync();
        await device.GetByRole(AriaRole.Button, new() { Name = "满意", Exact = true }).ClickAsync();
        await device.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        await Assertions.Expect(device.GetByRole(AriaRole.Heading, new() { Name = "感谢您的评价！" })).ToBeVisibleAsync();
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", Clerk);
        Assert.Equal(4, view!["ratingScore"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_application_accepted_with_an_optional_material_missing_prints_the_notice_of_acceptance()
    {
        var matterCode = await OptionalMaterialMatterAsync();
        await using var portal = await hall.OpenAsync("window-acceptance");
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await ChooseWindowAsync(page, "A02");

        await ChooseMatterAsync(page, matterCode);
        await page.GetByLabel("姓名").FillAsync("李四");
        await page.GetByLabel("身份证号码").FillAsync(PersonId);
        await page.GetByLabel("联系电话").FillAsync("0591-87654321");
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为齐全" }).ClickAsync();
        await MarkAsync(page, "授权委托书", "缺失");
        await Assertions.Expect(page.GetByText("选填材料未提交：授权委托书")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理并出具受理通知书" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/window/print/accept/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "受理通知书" })).ToBeVisibleAsync();
        var caseNo = (await page.Locator("[data-test=case-no]").TextContentAsync())!.Trim();
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", Clerk);
        var due = DateOnly.Parse(view!["dueDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        await Assertions.Expect(page.Locator("[data-test=due-date]"))
            .ToContainTextAsync($"{due.Year}年{due.Month}月{due.Day}日");
        var sheet = page.GetByRole(AriaRole.Article, new() { Name = "打印文书" });
        await Assertions.Expect(sheet).ToContainTextAsync("5 个工作日");
        await Assertions.Expect(sheet).ToContainTextAsync("选填材料未提交：授权委托书");
        await Assertions.Expect(sheet).ToContainTextAsync("后四位");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Menubar)).ToHaveCountAsync(0);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-test=case-no]")).ToHaveTextAsync(caseNo);

        // Back at the console, the case is among the window's cases of the day.
        await page.GetByRole(AriaRole.Link, new() { Name = "返回窗口工作台" }).ClickAsync();
        var today = page.Locator("[data-test=today-cases]");
        await Assertions.Expect(today.GetByRole(AriaRole.Row).Filter(new() { HasText = caseNo }))
            .ToContainTextAsync("李*");
    }

    [Fact]
    public async Task A_required_material_missing_gives_a_one_time_notice_listing_it()
    {
        const string matterCode = "SCJGJ-01-001";
        var window = await DepartmentWindowAsync("SCJGJ");
        var ticket = await TakeTicketAsync(matterCode);
        var guide = await hall.Api.GetAsync($"/api/catalogue/matters/{matterCode}");
        await using var portal = await hall.OpenAsync("window-notice");
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await ChooseWindowAsync(page, window);
        await CallUntilAsync(page, ticket);

        await page.GetByText("法人或其他组织").ClickAsync();
        await page.GetByLabel("单位名称").FillAsync("示例餐饮管理有限公司");
        await page.GetByLabel("统一社会信用代码").FillAsync(CompanyCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为齐全" }).ClickAsync();
        await MarkAsync(page, "营业执照", "缺失");
        await Assertions.Expect(page.Locator("[data-test=notice-items]")).ToContainTextAsync("营业执照：缺失");
        var submitted = await page.RunAndWaitForRequestAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "出具一次性告知书" }).ClickAsync(),
            request => request.Url.EndsWith("/api/intake/applications", StringComparison.Ordinal));

        Assert.False(string.IsNullOrEmpty(await submitted.HeaderValueAsync("Idempotency-Key")));
        var body = JsonNode.Parse(submitted.PostData!)!;
        Assert.Equal(ticket, body["ticketNumber"]!.GetValue<string>());
        Assert.Equal("notice", body["outcome"]!.GetValue<string>());
        await page.WaitForURLAsync(new Regex("/window/print/notice/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "一次性告知书" })).ToBeVisibleAsync();
        var items = page.Locator("ol[data-test=notice-items] li");
        await Assertions.Expect(items).ToHaveCountAsync(1);
        await Assertions.Expect(items.First).ToHaveTextAsync("营业执照：缺失");
        var sheet = page.GetByRole(AriaRole.Article, new() { Name = "打印文书" });
        await Assertions.Expect(sheet).ToContainTextAsync(guide!["legalBasis"]!.GetValue<string>());
        await Assertions.Expect(sheet).ToContainTextAsync("示例餐饮管理有限公司");
    }

    [Fact]
    public async Task A_wrong_identity_number_is_refused_as_typed_next_to_its_field_and_nothing_is_sent()
    {
        await IntakeKnowsAsync("SCJGJ-01-003");
        await using var portal = await hall.OpenAsync("window-bad-id");
        var page = portal.Page;
        var sent = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/intake/applications", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref sent);
            }
        };
        await portal.SignInAsync(Clerk);
        // In the large-text mode (适老化), which the kept screenshot shows.
        await page.GetByText("大字", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync(new Regex("large-text"));
        await ChooseWindowAsync(page, "A03");
        await ChooseMatterAsync(page, "SCJGJ-01-003");
        await page.GetByLabel("姓名").FillAsync("王五");

        await page.GetByLabel("身份证号码").FillAsync("110105194912310021");

        var field = page.Locator(".el-form-item", new() { Has = page.GetByLabel("身份证号码") });
        await Assertions.Expect(field.Locator("[data-test=id-error]"))
            .ToContainTextAsync("校验位不符（按前 17 位应为 X）");
        await Assertions.Expect(page.GetByLabel("身份证号码")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为齐全" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "受理并出具受理通知书" }).ClickAsync();
        await Assertions.Expect(field.Locator("[data-test=id-error]")).ToBeVisibleAsync();
        Assert.Contains("/window", page.Url);
        Assert.Equal(0, sent);

        await page.GetByLabel("身份证号码").FillAsync(PersonId);
        await Assertions.Expect(field.Locator("[data-test=id-error]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_ticket_transferred_to_another_line_is_called_at_that_lines_window_with_its_matter()
    {
        var from = await DepartmentWindowAsync("FGJ");
        var to = await DepartmentWindowAsync("SCJGJ");
        var ticket = await TakeTicketAsync("FGJ-01-002");
        await using var portal = await hall.OpenAsync("window-transfer");
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await ChooseWindowAsync(page, from);
        await CallUntilAsync(page, ticket);

        await page.GetByLabel("转至队列").FillAsync("市场监督管理局");
        await page.GetByRole(AriaRole.Option, new() { Name = "市场监督管理局", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "转移" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "已转至" }))
            .ToHaveTextAsync($"{ticket} 号已转至市场监督管理局队列。");

        await page.GetByRole(AriaRole.Button, new() { Name = "更换窗口" }).ClickAsync();
        await ChooseWindowAsync(page, to);
        await CallUntilAsync(page, ticket);
        await Assertions.Expect(page.Locator("[data-test=ticket-matter]")).ToHaveTextAsync("固定资产投资项目节能审查");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "材料清单" })).ToContainTextAsync("节能报告");
    }

    [Fact]
    public async Task A_refusal_prints_the_decision_with_its_reason_basis_and_the_applicants_remedies()
    {
        await IntakeKnowsAsync("SCJGJ-01-007");
        await using var portal = await hall.OpenAsync("window-reject");
        var page = portal.Page;
        await portal.SignInAsync(Clerk);
        await ChooseWindowAsync(page, "A04");
        await ChooseMatterAsync(page, "SCJGJ-01-007");
        await page.GetByLabel("姓名").FillAsync("赵六");
        await page.GetByLabel("身份证号码").FillAsync(PersonId);
        await page.GetByRole(AriaRole.Button, new() { Name = "全部标为齐全" }).ClickAsync();

        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "办理结果", Exact = true })
            .GetByText("不予受理", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "出具不予受理决定书" }).ClickAsync();
        await Assertions.Expect(page.Locator(".el-form-item", new() { Has = page.GetByLabel("不予受理理由") }))
            .ToContainTextAsync("请写明不予受理的理由");
        await page.GetByLabel("不予受理理由").FillAsync("申请事项依法不属于本机关职权范围");
        await page.GetByLabel("法律依据").FillAsync("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
        await page.GetByRole(AriaRole.Button, new() { Name = "出具不予受理决定书" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/window/print/reject/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "不予受理决定书" })).ToBeVisibleAsync();
        var sheet = page.GetByRole(AriaRole.Article, new() { Name = "打印文书" });
        await Assertions.Expect(sheet.Locator("[data-test=reject-reason]")).ToHaveTextAsync("申请事项依法不属于本机关职权范围");
        await Assertions.Expect(sheet).ToContainTextAsync("第三十二条第一款第（二）项的规定，本中心决定不予受理");
        await Assertions.Expect(sheet).ToContainTextAsync("六十日内依法申请行政复议");
        await Assertions.Expect(sheet).ToContainTextAsync("六个月内依法向人民法院提起行政诉讼");
    }

    async Task<string> TakeTicketAsync(string matterCode)
    {
        await IntakeKnowsAsync(matterCode);
        var issued = await hall.Api.PostAsync("/api/intake/queue/tickets", new { matterCode, priority = false });
        return issued!["ticketNo"]!.GetValue<string>();
    }

    /// <summary>The department window (专业窗口) of one department: it calls that department's line only.</summary>
    async Task<string> DepartmentWindowAsync(string department)
    {
        var windows = (await hall.Api.GetAsync("/api/catalogue/windows"))!.AsArray();
        return windows.Single(w => w!["kind"]!.GetValue<string>() == "department"
            && w["departmentCodes"]!.AsArray().Select(c => c!.GetValue<string>()).SequenceEqual([department]))!
            ["number"]!.GetValue<string>();
    }

    /// <summary>
    /// A matter of its own with an optional (选填) material, published through the catalogue; the demo catalogue lists
    /// every material as required. Waits until intake has it (it learns published matters from the catalogue's events).
    /// </summary>
    async Task<string> OptionalMaterialMatterAsync()
    {
        var code = $"SCJGJ-99-{Random.Shared.Next(100_000, 999_999)}";
        await hall.Api.PostAsync("/api/catalogue/matters", new
        {
            code,
            name = "窗口测试：个体工商户年度报告补正",
            type = "01",
            departmentCode = "SCJGJ",
            departmentName = "市场监督管理局",
            handlingKind = "promised",
            statutoryLimitDays = 20,
            promisedLimitDays = 5,
            legalBasis = "《促进个体工商户发展条例》",
            materials = new object[]
            {
                new { name = "补正申请书", required = true, form = "original", medium = "paper", copies = 1 },
                new { name = "授权委托书", required = false, form = "original", medium = "paper", copies = 1 },
            },
        }, "catalogue01");
        await hall.Api.PostAsync($"/api/catalogue/matters/{code}/publish", new { }, "catalogue01");
        await IntakeKnowsAsync(code);
        return code;
    }

    /// <summary>
    /// Intake learns published matters from the catalogue's events, the demo catalogue's too: just after the host
    /// started, or just after a publication, it may not know a matter yet.
    /// </summary>
    Task IntakeKnowsAsync(string code) => IntakeMatters.WaitUntilKnownAsync(hall.Api, code);

    static async Task ChooseWindowAsync(IPage page, string number)
    {
        await page.WaitForURLAsync(url => url.EndsWith("/window", StringComparison.Ordinal));
        await page.GetByLabel("窗口", new() { Exact = true }).FillAsync(number);
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex($"^{Regex.Escape(number)} ") })
            .ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=current-window]")).ToContainTextAsync(number);
    }

    static async Task ChooseMatterAsync(IPage page, string code)
    {
        await page.GetByLabel("申请事项").FillAsync(code);
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex($"（{Regex.Escape(code)}）$") })
            .ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=matter-facts]")).ToBeVisibleAsync();
    }

    static Task MarkAsync(IPage page, string material, string status) =>
        page.GetByRole(AriaRole.Radiogroup, new() { Name = material, Exact = true })
            .GetByText(status, new() { Exact = true }).ClickAsync();

    /// <summary>
    /// 叫下一位 until this ticket is called: a ticket another test left waiting in the same line is passed over (过号).
    /// </summary>
    static async Task CallUntilAsync(IPage page, string ticket)
    {
        var number = page.Locator("[data-test=ticket-number]");
        for (var calls = 0; calls < 30; calls++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "叫下一位" }).ClickAsync();
            await Assertions.Expect(number).ToBeVisibleAsync();
            if ((await number.TextContentAsync())?.Trim() == ticket)
            {
                return;
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "过号" }).ClickAsync();
            await Assertions.Expect(number).ToHaveCountAsync(0);
        }
        throw new InvalidOperationException($"Ticket {ticket} was not called within 30 calls.");
    }
}
