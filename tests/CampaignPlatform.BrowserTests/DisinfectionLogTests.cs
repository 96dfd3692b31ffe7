using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignPlatform.BrowserTests;

/// <summary>A township officer registers a public place and logs its disinfection in the forms, then finds the entry in its log.</summary>
public sealed class DisinfectionLogTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_township_officer_records_a_disinfection_and_sees_it_in_the_sites_log()
    {
        await using var officer = await browser.OpenAsync(nameof(A_township_officer_records_a_disinfection_and_sees_it_in_the_sites_log), Browser.Office);
        await officer.SignInAsync("demo-township");
        await officer.Menu.GetByRole(AriaRole.Link, new() { Name = "场所与消毒记录" }).ClickAsync();
        await officer.ScreenshotAsync("site-list-empty");

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "登记场所" }).ClickAsync();
        await officer.Page.Locator("#Category").SelectOptionAsync("Market");
        await officer.Page.Locator("#Name").FillAsync("柳河农贸市场");
        await officer.Page.Locator("#Address").FillAsync("柳河街12号");
        await officer.ScreenshotAsync("register-site");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "登记", Exact = true }).ClickAsync();
        await Expect(officer.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记场所");
        await officer.ScreenshotAsync("site-registered");

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "登记消毒" }).ClickAsync();
        await officer.Page.Locator("#AreaSquareMetres").FillAsync("-5");
        await officer.Page.Locator("#Disinfectant").FillAsync("含氯消毒液");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(officer.Page.Locator("[data-valmsg-for='AreaSquareMetres']")).Not.ToBeEmptyAsync();
        await officer.ScreenshotAsync("disinfection-refused-beside-the-field");

        await officer.Page.Locator("#AreaSquareMetres").FillAsync("350");
        await officer.Page.Locator("#Operator").FillAsync("李四");
        await officer.ScreenshotAsync("disinfection-form");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(officer.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已登记消毒记录");
        var entry = officer.Page.GetByTestId("disinfections").Locator("tbody tr").First;
        await Expect(entry).ToContainTextAsync("350");
        await Expect(entry).ToContainTextAsync("含氯消毒液");
        await Expect(entry).ToContainTextAsync("李四");
        await officer.ScreenshotAsync("disinfection-in-the-log");

        await officer.Page.GetByRole(AriaRole.Link, new() { Name = "场所列表" }).ClickAsync();
        await Expect(officer.Page.GetByTestId("sites")).ToContainTextAsync("柳河农贸市场");
        await officer.ScreenshotAsync("site-list");
    }
}
