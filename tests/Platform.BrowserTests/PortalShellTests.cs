using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>The portal's frame: served by the host, deep links, sign-in with menus by role, sign-out.</summary>
[Collection(PortalCollection.Name)]
public sealed class PortalShellTests(PortalFixture hall)
{
    [Fact]
    public async Task A_deep_link_opens_its_page_and_a_signed_in_clerk_sees_the_window_console_in_the_menu()
    {
        await using var portal = await hall.OpenAsync("shell-sign-in");
        var page = portal.Page;

        await page.GotoAsync("/window");
        await page.WaitForURLAsync(url => url.Contains("/signin"));
        await page.GetByLabel("用户名").FillAsync("window01");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync(PortalFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith("/window"));
        await Assertions.Expect(page.GetByRole(AriaRole.Menubar).GetByText("窗口工作台")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Menubar).GetByText("审批工作台")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-test=current-user]")).ToHaveTextAsync("综合窗口01");
    }

    [Fact]
    public async Task A_wrong_password_is_told_in_Chinese_and_the_page_stays_on_sign_in()
    {
        await using var portal = await hall.OpenAsync("shell-wrong-password");
        var page = portal.Page;

        await page.GotoAsync("/signin");
        await page.GetByLabel("用户名").FillAsync("approver01");
        await page.GetByLabel("密码", new() { Exact = true }).FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("密码");
        Assert.Contains("/signin", page.Url);
        portal.Expect("401");
    }

    [Fact]
    public async Task An_approver_opening_the_window_console_is_told_the_account_may_not()
    {
        await using var portal = await hall.OpenAsync("shell-forbidden");
        await portal.SignInAsync("approver01");

        await portal.Page.GotoAsync("/window");

        await Assertions.Expect(portal.Page.GetByText("无权访问").First).ToBeVisibleAsync();
    }
}
