using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The demonstration-creation module (示范创建) is shipped as a plugin: neither the host nor these tests reference it.
/// Built on its own and dropped into a host's plugins folder, it is found at start-up, and its endpoints, handlers,
/// validators, recurring check and page work, switched on per township. Loading does not depend on the store, so this
/// runs on SQLite only.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class DemonstrationPluginTests
{
    private const string Project = "modules/CampaignPlatform.Modules.DemonstrationCreation/CampaignPlatform.Modules.DemonstrationCreation.csproj";
    private const string Api = "/api/demo-creation";

    [Fact]
    public async Task The_plugin_is_found_at_start_up_and_works_in_the_townships_where_it_is_switched_on()
    {
        var work = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var plugins = Path.Combine(work, "plugins");
        try
        {
            Assert.DoesNotContain(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "CampaignPlatform.Modules.DemonstrationCreation");
            await PluginBuild.BuildAsync(Project, Path.Combine(plugins, "demo-creation"), Path.Combine(work, "artifacts"));
            using var host = await HostProcess.StartAsync(null, work, new Dictionary<string, string> { ["Modules:PluginsDirectory"] = plugins });
            using var admin = await host.AdminClientAsync();
            Assert.Single((await admin.GetJson("/api/modules")).EnumerateArray(), m => m.GetProperty("id").GetString() == "demo-creation");
            var township = await DemoCity.TownshipId(admin, "柳河镇");
            using var officer = await BearerClient(host, "demo-township");
            using var supervisor = await BearerClient(host, "demo-supervisor");
            using var officerBrowser = await BrowserClient(host, "demo-township");
            var applications = $"{Api}/townships/{township}/applications";
            var street = new { kind = "Street", placeName = "解放路", address = "解放路全段" };

            // Off in the township: its commands are refused and its menu entry is not shown to the township's officer.
            await (await officer.PostJson(applications, street)).AssertProblem(403);
            Assert.DoesNotContain("href=\"/demo-creation\"", await officerBrowser.GetStringAsync("/"), StringComparison.Ordinal);

            using (var enabled = await admin.PutJson($"/api/townships/{township}/modules/demo-creation", new { enabled = true }))
            {
                Assert.Equal(HttpStatusCode.NoContent, enabled.StatusCode);
            }

            Assert.Contains("href=\"/demo-creation\"", await officerBrowser.GetStringAsync("/"), StringComparison.Ordinal);

            // On: its validators answer 400 per field, its handlers write and read.
            await (await officer.PostJson(applications, new { kind = "Street", placeName = "", address = "" })).AssertFields("placeName", "address");
            var criterion = await Created(await admin.PostJson($"{Api}/criteria", new { kind = "Street", name = "路面整洁、无暴露垃圾", points = 100 }));
            var application = await Created(await officer.PostJson(applications, street));
            using var reviewed = await supervisor.PostJson($"{Api}/applications/{application.GetProperty("id").GetGuid()}/reviews", new
            {
                reviewedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd"),
                scores = new[] { new { criterionId = criterion.GetProperty("id").GetGuid(), score = 92 } },
                version = 0,
            });
            var outcome = await reviewed.ReadJson();
            Assert.True(reviewed.IsSuccessStatusCode, outcome.ToString());
            Assert.Equal("有效", outcome.GetProperty("title").GetProperty("stateZh").GetString());

            // Its recurring check is registered with the host and runs on demand.
            var run = await Checks.RunAndWait(admin, "demo-creation.reviews-due");
            Assert.Equal(1, run.GetProperty("itemsProcessed").GetInt32());

            // Its page is served from the plugin's assembly.
            using var page = await officerBrowser.GetAsync("/demo-creation");
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("解放路", html, StringComparison.Ordinal);
            Assert.Contains("示范街", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.ReadJson();
            Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
            return body;
        }
    }

    private static async Task<HttpClient> BearerClient(HostProcess host, string userName)
    {
        var client = host.AnonymousClient();
        using var token = await client.PostJson("/api/auth/token", new { userName, password = PlatformFactory.DemoPassword });
        var body = await token.ReadJson();
        Assert.True(token.IsSuccessStatusCode, body.ToString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<HttpClient> BrowserClient(HostProcess host, string userName)
    {
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = host.Address };
        using var signIn = await browser.PostJson("/api/auth/sign-in", new { userName, password = PlatformFactory.DemoPassword });
        Assert.True(signIn.IsSuccessStatusCode, await signIn.Content.ReadAsStringAsync());
        return browser;
    }
}
