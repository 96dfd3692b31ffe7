using Microsoft.Playwright;

namespace CampaignPlatform.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download), headless and quiet, with the host under test; one per
/// test class. Screenshots of each step go to <c>TestResults/screenshots/{test}/</c> beside the test assembly.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>An office screen and a grid worker's phone.</summary>
    public static readonly ViewportSize Office = new() { Width = 1366, Height = 768 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private IPlaywright? _playwright;
    private IBrowser? _chromium;

    public LiveHost Host { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run ./build/test.sh (it installs it) or apt-get install chromium.");
        }

        _playwright = await Playwright.CreateAsync();
        _chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser session (own cookies) with a page of the given size.</summary>
    public async Task<Session> OpenAsync(string testName, ViewportSize viewport)
    {
        var context = await _chromium!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress,
            ViewportSize = viewport,
            IsMobile = viewport.Width < 600,
            HasTouch = viewport.Width < 600,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return new Session(context, page, Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots", testName));
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        _playwright?.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>One person at one browser.</summary>
public sealed class Session(IBrowserContext context, IPage page, string screenshotDirectory) : IAsyncDisposable
{
    private int _step;

    public IPage Page { get; } = page;

    /// <summary>The menu of the layout (every signed-in page has it).</summary>
    public ILocator Menu => Page.GetByTestId("menu");

    public async Task SignInAsync(string userName, string password = LiveHost.DemoPassword)
    {
        await Page.GotoAsync("/");
        await Page.WaitForURLAsync("**/sign-in**");
        await Page.Locator("#UserName").FillAsync(userName);
        await Page.Locator("#Password").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
        await Menu.WaitForAsync();
    }

    /// <summary>Saves a full-page screenshot named after the step, numbered in order.</summary>
    public async Task ScreenshotAsync(string step)
    {
        Directory.CreateDirectory(screenshotDirectory);
        _step++;
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(screenshotDirectory, $"{_step:00}-{step}.png"),
            FullPage = true,
        });
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
