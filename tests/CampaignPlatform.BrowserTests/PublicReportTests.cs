using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampaignPlatform.BrowserTests;

/// <summary>A citizen on a phone, without an account, snaps and reports a problem and then tracks it with the code shown.</summary>
public sealed class PublicReportTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>The smallest valid PNG (1×1 pixel), as a phone camera's file would arrive.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_citizen_reports_a_problem_with_a_photo_on_a_phone_and_tracks_it_by_the_code_shown()
    {
        await using var phone = await browser.OpenAsync(nameof(A_citizen_reports_a_problem_with_a_photo_on_a_phone_and_tracks_it_by_the_code_shown), Browser.Phone);
        var opened = await phone.Page.GotoAsync("/report");
        Assert.Equal(200, opened!.Status);
        Assert.EndsWith("/report", phone.Page.Url, StringComparison.Ordinal);
        await Expect(phone.Page.Locator("#photos")).ToHaveAttributeAsync("capture", "environment");
        await phone.ScreenshotAsync("report-form");

        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();
        await Expect(phone.Page.Locator("[data-valmsg-for='Description']")).Not.ToBeEmptyAsync();
        await phone.ScreenshotAsync("report-refused-beside-the-fields");

        await phone.Page.Locator("#photos").SetInputFilesAsync(new FilePayload { Name = "snap.png", MimeType = "image/png", Buffer = Photo });
        await phone.Page.Locator("#Category").SelectOptionAsync("Dumping");
        await phone.Page.Locator("#Description").FillAsync("柳河桥东侧有人倾倒建筑垃圾");
        await phone.Page.Locator("#TownshipId").SelectOptionAsync(new SelectOptionValue { Label = "柳河镇" });
        await phone.Page.Locator("#Address").FillAsync("柳河桥东侧");
        await phone.ScreenshotAsync("report-filled");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "提交举报" }).ClickAsync();

        await Expect(phone.Page.GetByTestId("receipt")).ToContainTextAsync("举报已受理");
        var number = await phone.Page.GetByTestId("case-number").TextContentAsync();
        Assert.Matches("^ZF-\\d{4}-\\d{6}$", number);
        var token = (await phone.Page.GetByTestId("token").TextContentAsync())!.Trim();
        var width = await phone.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Browser.Phone.Width, $"The receipt is {width}px wide on a {Browser.Phone.Width}px phone.");
        await phone.ScreenshotAsync("receipt-with-case-number-and-code");

        await phone.Page.GotoAsync("/report/track");
        await phone.Page.Locator("#Token").FillAsync(token);
        await phone.ScreenshotAsync("track-form");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "查询", Exact = true }).ClickAsync();
        var status = phone.Page.GetByTestId("status");
        await Expect(status).ToContainTextAsync(number!);
        await Expect(status).ToContainTextAsync("已受理");
        await Expect(status).ToContainTextAsync("乱堆乱放");
        await Expect(phone.Page.Locator(".timeline")).ToContainTextAsync("随手拍受理");
        await phone.ScreenshotAsync("tracked");
    }
}
