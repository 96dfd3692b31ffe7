using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignPlatform.BrowserTests;

/// <summary>
/// The dashboard on an office screen and on a phone, and a rectification item taken through claim, submit and verify by
/// the people whose work each step is.
/// </summary>
public sealed class DashboardAndBoardTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_dashboard_shows_its_panels_on_an_office_screen_and_fits_a_phone()
    {
        const string name = nameof(The_dashboard_shows_its_panels_on_an_office_screen_and_fits_a_phone);
        await using var office = await browser.OpenAsync(name + "/office", Browser.Office);
        await office.SignInAsync("demo-supervisor");
        var dashboard = office.Page.GetByTestId("dashboard");
        await Expect(dashboard.Locator("section.panel")).ToHaveCountAsync(6);
        await Expect(office.Page.GetByTestId("score-lines")).ToContainTextAsync("11项必备条件");
        await Expect(office.Page.GetByTestId("red-list")).ToContainTextAsync("红榜");
        await Expect(office.Page.Locator("svg[role='img'][aria-label='每周立案与结案数']")).ToBeVisibleAsync();
        await office.ScreenshotAsync("dashboard-office");

        await using var phone = await browser.OpenAsync(name + "/phone", Browser.Phone);
        await phone.SignInAsync("demo-township");
        await Expect(phone.Page.GetByTestId("score-total")).ToContainTextAsync("柳河镇");
        var width = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Browser.Phone.Width, $"The dashboard is {width}px wide on a {Browser.Phone.Width}px phone.");
        await phone.ScreenshotAsync("dashboard-phone");
    }

    [Fact]
    public async Task A_rectification_item_is_claimed_and_fixed_by_the_township_and_verified_by_the_supervisor()
    {
        const string name = nameof(A_rectification_item_is_claimed_and_fixed_by_the_township_and_verified_by_the_supervisor);
        var number = await FileItemAsync("柳河镇", "菜市场东侧垃圾堆放未清运");

        await using var officer = await browser.OpenAsync(name + "/township", Browser.Office);
        await officer.SignInAsync("demo-township");
        await officer.Page.GotoAsync("/rectification");
        var card = officer.Page.Locator($"[data-status='Open'] a.board-card[data-number='{number}']");
        await Expect(card).ToBeVisibleAsync();
        await officer.ScreenshotAsync("board-item-open");

        await card.ClickAsync();
        await Expect(officer.Page.GetByTestId("status")).ToHaveTextAsync("待认领");
        await officer.Page.Locator("form[data-step='claim'] textarea[name='Note']").FillAsync("已安排保洁队伍");
        await officer.ScreenshotAsync("item-before-claim");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "认领", Exact = true }).ClickAsync();
        await Expect(officer.Page.GetByTestId("done")).ToHaveTextAsync("已认领。");
        await Expect(officer.Page.GetByTestId("status")).ToHaveTextAsync("整改中");
        await officer.ScreenshotAsync("item-claimed");

        await officer.Page.Locator("form[data-step='submit'] textarea[name='FixDescription']").FillAsync("垃圾已全部清运，增设垃圾桶两个");
        await officer.Page.Locator("form[data-step='submit'] textarea[name='EvidenceNote']").FillAsync("整改前后照片各2张");
        await officer.Page.GetByRole(AriaRole.Button, new() { Name = "提交整改", Exact = true }).ClickAsync();
        await Expect(officer.Page.GetByTestId("status")).ToHaveTextAsync("待核验");
        await Expect(officer.Page.Locator("form[data-step='close']")).ToHaveCountAsync(0); // verifying is not the township's
        await officer.ScreenshotAsync("item-submitted");

        await using var supervisor = await browser.OpenAsync(name + "/supervisor", Browser.Office);
        await supervisor.SignInAsync("demo-supervisor");
        await supervisor.Page.GotoAsync("/rectification");
        await supervisor.Page.Locator($"[data-status='Submitted'] a.board-card[data-number='{number}']").ClickAsync();
        await Expect(supervisor.Page.Locator("dl.details")).ToContainTextAsync("垃圾已全部清运，增设垃圾桶两个");
        await supervisor.ScreenshotAsync("item-to-verify");
        await supervisor.Page.Locator("form[data-step='close'] textarea[name='Note']").FillAsync("现场核验通过");
        await supervisor.Page.GetByRole(AriaRole.Button, new() { Name = "核验销号", Exact = true }).ClickAsync();
        await Expect(supervisor.Page.GetByTestId("status")).ToHaveTextAsync("已销号");
        var history = supervisor.Page.GetByTestId("history");
        await Expect(history.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(history).ToContainTextAsync("现场核验通过");
        await supervisor.ScreenshotAsync("item-closed-with-history");
    }

    /// <summary>Files an item as the city administrator through the API (the supervision round found it) and returns its number.</summary>
    private async Task<string> FileItemAsync(string townshipName, string description)
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Host.BaseAddress) };
        using var signIn = await http.PostAsJsonAsync("/api/auth/token", new { userName = "demo-admin", password = LiveHost.DemoPassword });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var townships = await http.GetFromJsonAsync<JsonElement>("/api/org/townships");
        var township = townships.EnumerateArray().First(t => t.GetProperty("name").GetString() == townshipName).GetProperty("id").GetGuid();
        using var filed = await http.PostAsJsonAsync("/api/rectification/items",
            new { townshipId = township, source = "Supervision", category = "环境卫生", description, severity = "Normal", deadlineDays = 5 });
        filed.EnsureSuccessStatusCode();
        return (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
    }
}
