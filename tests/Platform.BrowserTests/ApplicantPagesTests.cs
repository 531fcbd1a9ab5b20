using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The applicant's pages (我的办件: claim, status, 好差评; a project's parallel-approval timeline) and the window's
/// 评价器.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ApplicantPagesTests(PortalFixture hall)
{
    [Fact]
    public async Task An_applicant_claims_a_completed_case_sees_it_in_my_cases_and_rates_it_five_stars()
    {
        var caseNo = await ApproverTestCases.AcceptAsync(hall);
        await ApproverTestCases.CompleteAsync(hall, caseNo);
        await using var portal = await hall.OpenAsync("applicant-my-cases");
        var page = portal.Page;
        await portal.SignInAsync("applicant01");
        await page.WaitForURLAsync(url => url.EndsWith("/my"));

        await page.GetByLabel("受理编号").FillAsync(caseNo);
        await page.GetByLabel("证件号码或电话后四位").FillAsync(ApproverTestCases.SecondFactor);
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();

        var row = page.Locator("[data-test=my-cases] tr", new() { HasText = caseNo });
        await Assertions.Expect(row.Locator("[data-test=my-case-status]")).ToHaveTextAsync("已办结");
        await row.GetByRole(AriaRole.Link, new() { Name = $"评价办件 {caseNo}" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=case-status]")).ToHaveTextAsync("已办结");
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "评价等级" }).GetByText("5 星 非常满意").ClickAsync();
        await page.GetByRole(AriaRole.Radiogroup, new() { Name = "原因" }).GetByText("办事高效").ClickAsync();
        await page.GetByLabel("意见和建议（选填）").FillAsync("窗口指引清楚，两天就办好了。");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-test=rating]")).ToContainTextAsync("已评价 5 星（非常满意）");
        await page.GetByRole(AriaRole.Link, new() { Name = "← 返回我的办件" }).ClickAsync();
        await Assertions.Expect(row.Locator("[data-test=rated]")).ToHaveTextAsync("已评价 5 星");
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", "approver01");
        Assert.Equal(5, view!["ratingScore"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_wrong_second_factor_is_told_in_Chinese_and_claims_nothing()
    {
        var caseNo = await ApproverTestCases.AcceptAsync(hall);
        await using var portal = await hall.OpenAsync("applicant-claim-refused");
        var page = portal.Page;
        await portal.SignInAsync("applicant01");

        await page.GetByLabel("受理编号").FillAsync(caseNo);
        await page.GetByLabel("证件号码或电话后四位").FillAsync("9999");
        await page.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("未查到该办件");
        await Assertions.Expect(page.Locator("[data-test=my-cases] tr", new() { HasText = caseNo }))
            .ToHaveCountAsync(0);
        portal.Expect("404");
    }

    [Fact]
    public async Task An_agent_follows_a_projects_parallel_approval_timeline()
    {
        await ApproverTestCases.WaitForAsync(hall, "/api/approval/projects", "applicant01");
        await using var portal = await hall.OpenAsync("applicant-project");
        var page = portal.Page;
        await portal.SignInAsync("applicant01");

        await page.GetByRole(AriaRole.Tab, new() { Name = "工程建设项目" }).ClickAsync();
        await page.Locator("[data-test=my-projects]").GetByRole(AriaRole.Link).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工程建设项目审批进度" }))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-test=stage]").First).ToContainTextAsync("立项用地规划许可");
        await Assertions.Expect(page.Locator("[data-test=stage]").First).ToContainTextAsync("已办结");
    }

    [Fact]
    public async Task The_rating_device_at_the_window_rates_the_case_of_a_called_ticket()
    {
        // A ticket of a line no other test calls, called at this test's own window, registered on the application.
        await hall.Api.PostAsync("/api/intake/queue/tickets", new { departmentCode = "QXJ" });
        var called = await hall.Api.PostAsync("/api/intake/queue/call",
            new { windowNo = "A07", lines = new[] { "QXJ" } }, "window01");
        var number = called!["ticketNo"]!.GetValue<string>();
        var caseNo = await ApproverTestCases.AcceptAsync(hall, windowNo: "A07", ticketNumber: number);
        await using var portal = await hall.OpenAsync("rate-device", 1280, 800);
        var page = portal.Page;

        await page.GotoAsync($"/rate?ticket={number}&case={caseNo}");
        await Assertions.Expect(page.GetByText($"排队号 {number}")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "非常满意", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "办事高效" }).ClickAsync();
        await portal.ScreenshotAsync("-faces");
        await page.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "感谢您的评价！" })).ToBeVisibleAsync();
        var view = await hall.Api.GetAsync($"/api/intake/cases/{caseNo}", "approver01");
        Assert.Equal(5, view!["ratingScore"]!.GetValue<int>());
        // The thank-you screen goes back to idle by itself, ready for the next applicant.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "欢迎评价我们的服务" }))
            .ToBeVisibleAsync(new() { Timeout = 20_000 });
        Assert.EndsWith("/rate", page.Url);
    }
}
