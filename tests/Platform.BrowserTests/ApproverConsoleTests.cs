using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The approver console: the department's open cases by working days left with their marks, a case's 办结,
/// 特别程序 and 恢复计时, and the department's parallel-approval tasks.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ApproverConsoleTests(PortalFixture hall)
{
    [GeneratedRegex("large-text")]
    private static partial Regex LargeText();

    static ILocator Row(IPage page, string caseNo) =>
        page.Locator("[data-test=case-list] tr", new() { HasText = caseNo });

    [Fact]
    public async Task The_console_lists_the_departments_open_cases_fewest_working_days_left_first_with_their_marks()
    {
        var ordinary = await ApproverTestCases.AcceptAsync(hall);
        var dueSoon = await ApproverTestCases.AcceptAsync(hall, ApproverTestCases.OneDayMatter);
        var overdue = await ApproverTestCases.ImportOverdueAsync(hall);
        await using var portal = await hall.OpenAsync("approver-console");
        var page = portal.Page;

        await portal.SignInAsync("approver01");

        await page.WaitForURLAsync(url => url.EndsWith("/approver"));
        await Assertions.Expect(Row(page, overdue).Locator("[data-test=countdown]"))
            .ToHaveAttributeAsync("data-urgency", "red");
        await Assertions.Expect(Row(page, overdue)).ToContainTextAsync("已超期");
        await Assertions.Expect(Row(page, dueSoon).Locator("[data-test=countdown]"))
            .ToHaveAttributeAsync("data-urgency", "yellow");
        await Assertions.Expect(Row(page, ordinary).Locator("[data-test=countdown]")).ToContainTextAsync("剩余");
        var order = (await page.Locator("[data-test=case-list] a.case-link").AllInnerTextsAsync())
            .Select(text => text.Trim()).ToList();
        Assert.True(order.IndexOf(overdue) < order.IndexOf(dueSoon), string.Join(", ", order));
        Assert.True(order.IndexOf(dueSoon) <= order.IndexOf(ordinary), string.Join(", ", order));

        // 适老化: the large-text mode keeps the list readable (its screenshot is kept), then back to normal.
        // Element Plus hides the switch's own input: the click goes to the switch drawn around it.
        var largeText = page.Locator(".el-switch")
            .Filter(new() { Has = page.GetByRole(AriaRole.Switch, new() { Name = "大字模式" }) });
        await largeText.ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveClassAsync(LargeText());
        await portal.ScreenshotAsync("-large-text");
        await largeText.ClickAsync();
    }

    [Fact]
    public async Task An_approver_completes_a_case_and_the_list_no_longer_shows_it_open()
    {
        var caseNo = await ApproverTestCases.AcceptAsync(hall);
        await using var portal = await hall.OpenAsync("approver-complete");
        var page = portal.Page;
        await portal.SignInAsync("approver01");

        await Row(page, caseNo).GetByRole(AriaRole.Link, new() { Name = caseNo }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"办件 {caseNo}" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "办理结果" }).GetByText("准予").ClickAsync();
        await page.GetByLabel("决定文书编号").FillAsync("示市监食许〔2026〕0001号");
        await page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=case-status]")).ToHaveTextAsync("已办结");
        await Assertions.Expect(page.GetByText("文书编号 示市监食许〔2026〕0001号")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("办结：准予")).ToBeVisibleAsync();

        var listed = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "← 返回审批工作台" }).ClickAsync(),
            response => response.Url.Contains("/api/intake/cases?") && response.Status == 200);
        await Assertions.Expect(Row(page, caseNo)).ToHaveCountAsync(0);
        Assert.DoesNotContain(caseNo, await listed.TextAsync());

        // Element Plus lays the chosen option over the select's input: the click lands on the select either way.
        await page.GetByLabel("办件状态").ClickAsync(new() { Force = true });
        await page.GetByRole(AriaRole.Option, new() { Name = "已办结" }).ClickAsync();
        await Assertions.Expect(Row(page, caseNo)).ToContainTextAsync("已办结");
    }

    [Fact]
    public async Task An_approver_suspends_a_case_for_a_special_procedure_and_resumes_it()
    {
        var caseNo = await ApproverTestCases.AcceptAsync(hall);
        await using var portal = await hall.OpenAsync("approver-suspend");
        var page = portal.Page;
        await portal.SignInAsync("approver01");
        await page.GotoAsync($"/approver/cases/{caseNo}");

        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "特别程序种类" }).GetByText("现场勘验").ClickAsync();
        await page.GetByLabel("理由").FillAsync("需到经营场所核查布局");
        await page.GetByRole(AriaRole.Button, new() { Name = "进入特别程序" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=case-status]")).ToContainTextAsync("特别程序");
        await Assertions.Expect(page.GetByText("特别程序（现场勘验）：需到经营场所核查布局")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "办结", Exact = true }))
            .ToBeDisabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "恢复计时" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=case-status]")).ToHaveTextAsync("办理中");
        await Assertions.Expect(page.Locator(".el-timeline").GetByText("恢复计时")).ToBeVisibleAsync();
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", "approver01");
        Assert.Equal("open", view!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_tasks_tab_lists_the_departments_parallel_approval_tasks_and_asks_for_the_decision_number()
    {
        await ApproverTestCases.WaitForAsync(hall, "/api/approval/tasks", "approver02");
        await using var portal = await hall.OpenAsync("approver-tasks");
        var page = portal.Page;
        await portal.SignInAsync("approver02");

        await page.GetByRole(AriaRole.Tab, new() { Name = "并联审批任务" }).ClickAsync();

        var first = page.Locator("[data-test=task-list] tbody tr").First;
        await Assertions.Expect(first.Locator("[data-test=countdown]")).ToBeVisibleAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "办理任务" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByLabel("批准文号")).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "提交决定" }).ClickAsync();

        await Assertions.Expect(dialog.Locator(".field-error")).ToContainTextAsync("批准文号");
        portal.Expect("400");
    }
}
