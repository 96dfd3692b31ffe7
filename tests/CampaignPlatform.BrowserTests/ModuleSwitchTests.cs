using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignPlatform.BrowserTests;

/// <summary>
/// The city administrator switches a module off for one township in the matrix; that township's officer no longer
/// finds it in the menu, nor behind its address.
/// </summary>
public sealed class ModuleSwitchTests(Browser browser) : IClassFixture<Browser>
{
    private const string Township = "柳河镇";
    private const string Publicity = "宣传动员";

    [Fact]
    public async Task Switching_publicity_off_for_a_township_takes_it_out_of_that_townships_menu()
    {
        await using var officer = await browser.OpenAsync(nameof(Switching_publicity_off_for_a_township_takes_it_out_of_that_townships_menu) + "/officer", Browser.Office);
        await officer.SignInAsync("demo-township");
        await Expect(officer.Menu).ToContainTextAsync(Publicity);
        await officer.ScreenshotAsync("officer-menu-with-publicity");

        await using var admin = await browser.OpenAsync(nameof(Switching_publicity_off_for_a_township_takes_it_out_of_that_townships_menu) + "/admin", Browser.Office);
        await admin.Page.GotoAsync("/modules");
        await admin.ScreenshotAsync("sign-in");
        await admin.SignInAsync("demo-admin");
        await admin.Page.GotoAsync("/modules");
        var cell = admin.Page.Locator($"tr[data-township='{Township}'] td[data-module='publicity'] a");
        await Expect(cell).ToHaveAttributeAsync("aria-checked", "true");
        await admin.ScreenshotAsync("matrix-before");

        await cell.ClickAsync();
        await Expect(admin.Page.GetByTestId("question")).ToContainTextAsync($"确定在“{Township}”停用“{Publicity}”吗？");
        await admin.Page.Locator("#Reason").FillAsync("试点结束，暂停宣传动员模块");
        await admin.ScreenshotAsync("confirmation");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();

        await Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存变更");
        await Expect(cell).ToHaveAttributeAsync("aria-checked", "false");
        var latest = admin.Page.GetByTestId("history").Locator("tbody tr").First;
        await Expect(latest).ToContainTextAsync(Publicity);
        await Expect(latest).ToContainTextAsync("启用 → 停用");
        await Expect(latest).ToContainTextAsync("试点结束，暂停宣传动员模块");
        await admin.ScreenshotAsync("matrix-after-with-history");

        await officer.Page.ReloadAsync();
        await Expect(officer.Menu).Not.ToContainTextAsync(Publicity);
        await officer.ScreenshotAsync("officer-menu-without-publicity");

        var response = await officer.Page.GotoAsync("/publicity");
        Assert.Equal(403, response!.Status);
        await officer.ScreenshotAsync("officer-refused-at-the-address");
    }

    [Fact]
    public async Task A_grid_worker_signs_in_on_a_phone_and_the_page_fits_the_screen()
    {
        await using var phone = await browser.OpenAsync(nameof(A_grid_worker_signs_in_on_a_phone_and_the_page_fits_the_screen), Browser.Phone);
        await phone.Page.GotoAsync("/");
        await phone.Page.Locator("#UserName").FillAsync("demo-grid");
        await phone.Page.Locator("#Password").FillAsync("wrong password");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Expect(phone.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码错误");
        await phone.ScreenshotAsync("wrong-password");

        await phone.SignInAsync("demo-grid");
        await Expect(phone.Page.GetByTestId("who")).ToContainTextAsync("网格员");
        var width = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Browser.Phone.Width, $"The page is {width}px wide on a {Browser.Phone.Width}px phone.");
        await phone.ScreenshotAsync("signed-in");

        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(phone.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(phone.Page.GetByTestId("who")).ToContainTextAsync("GridWorker");
        await phone.ScreenshotAsync("in-english");
    }
}
