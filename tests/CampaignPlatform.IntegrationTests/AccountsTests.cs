using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>Accounts over HTTP: tokens, cookies, throttling, expiry, administration and the audit log.</summary>
[Collection(HostCollection.Name)]
public sealed class AccountsTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));
    private readonly PlatformFactory _factory;
    private readonly HttpClient _admin;

    public AccountsTests()
    {
        _factory = new PlatformFactory(_clock, new Dictionary<string, string?>
        {
            ["Auth:TokenLifetime"] = "08:00:00",
            ["Auth:MaxFailedSignIns"] = "3",
        });
        _admin = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private static Task<HttpResponseMessage> RequestToken(HttpClient client, string userName, string password) =>
        client.PostJson("/api/auth/token", new { userName, password });

    [Fact]
    public async Task Without_a_token_the_api_answers_401_with_problem_details_and_health_stays_open()
    {
        using var anonymous = _factory.CreateAnonymousClient();
        await (await anonymous.GetAsync("/api/org/townships")).AssertProblem(401);
        await (await anonymous.PostJson("/api/org/townships", new { code = "x" })).AssertProblem(401);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        await (await anonymous.GetAsync("/api/org/townships")).AssertProblem(401);
    }

    [Fact]
    public async Task A_token_is_issued_for_the_right_password_and_tells_who_is_signed_in()
    {
        using var anonymous = _factory.CreateAnonymousClient();
        using var issued = await RequestToken(anonymous, "demo-township", PlatformFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.ReadJson();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.Equal(8 * 3600, body.GetProperty("expiresIn").GetInt32());

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        var me = await anonymous.GetJson("/api/auth/me");
        Assert.Equal("TownshipOfficer", me.GetProperty("role").GetString());
        Assert.Equal("乡镇（街道）干部", me.GetProperty("roleZh").GetString());
        Assert.Equal(await DemoCity.TownshipId(_admin, "柳河镇"), me.GetProperty("townshipId").GetGuid());

        using var wrong = _factory.CreateAnonymousClient();
        var refused = await (await RequestToken(wrong, "demo-township", "wrong-password-1")).AssertProblem(401);
        var unknown = await (await RequestToken(wrong, "nobody-here", "wrong-password-1")).AssertProblem(401);
        Assert.Equal(refused.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
        await (await wrong.PostJson("/api/auth/token", new { userName = "", password = "" })).AssertProblem(400);
    }

    [Fact]
    public async Task A_token_expires_after_its_lifetime()
    {
        var token = _factory.TokenFor("demo-supervisor", PlatformFactory.DemoPassword);
        using var client = _factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);

        _clock.Advance(TimeSpan.FromHours(7.9));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
        _clock.Advance(TimeSpan.FromHours(0.2));
        await (await client.GetAsync("/api/auth/me")).AssertProblem(401);
    }

    [Fact]
    public async Task Repeated_failures_are_throttled_per_account_with_retry_after_and_lifted_after_the_window()
    {
        using var client = _factory.CreateAnonymousClient();
        for (var i = 0; i < 3; i++)
        {
            await (await RequestToken(client, "demo-grid", "wrong-password-1")).AssertProblem(401);
        }

        // Now even the right password waits: guessing is slowed for everybody who tries this account.
        using var throttled = await RequestToken(client, "demo-grid", PlatformFactory.DemoPassword);
        await throttled.AssertProblem(429);
        var retryAfter = int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 15 * 60);

        // Other accounts from elsewhere are not affected.
        Assert.Equal(HttpStatusCode.OK, (await RequestToken(client, "demo-unit", PlatformFactory.DemoPassword)).StatusCode);

        _clock.Advance(TimeSpan.FromSeconds(retryAfter + 1));
        Assert.Equal(HttpStatusCode.OK, (await RequestToken(client, "demo-grid", PlatformFactory.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Administrators_create_rescope_and_disable_accounts_and_old_tokens_stop_working_at_once()
    {
        var township = await DemoCity.TownshipId(_admin, "白马镇");
        using var created = await _admin.PostJson("/api/accounts", new
        {
            userName = "baima.officer", displayName = "白马镇 张三", password = "Baima2026x", role = "TownshipOfficer", townshipId = township,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var account = await created.ReadJson();
        var id = account.GetProperty("id").GetGuid();
        Assert.Equal(township, account.GetProperty("townshipId").GetGuid());

        await (await _admin.PostJson("/api/accounts", new
        {
            userName = "BAIMA.officer", displayName = "重名", password = "Baima2026x", role = "CitySupervisor",
        })).AssertProblem(409);
        var invalid = (await (await _admin.PostJson("/api/accounts", new
        {
            userName = "no space allowed", displayName = "", password = "short", role = "TownshipOfficer",
        })).AssertProblem(400)).GetProperty("errors");
        foreach (var field in new[] { "userName", "displayName", "password", "townshipId" })
        {
            Assert.True(invalid.TryGetProperty(field, out _), $"{field} in {invalid}");
        }

        await (await _admin.PostJson("/api/accounts", new
        {
            userName = "ghost", displayName = "幽灵", password = "Ghost2026x", role = "TownshipOfficer", townshipId = Guid.NewGuid(),
        })).AssertProblem(404);

        using var officer = _factory.CreateClientFor("baima.officer", "Baima2026x");
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/api/auth/me")).StatusCode);

        // Officers do not manage accounts, nor switch modules.
        await (await officer.GetAsync("/api/accounts")).AssertProblem(403);
        await (await officer.PutJson($"/api/townships/{township}/modules/hygiene", new { enabled = false })).AssertProblem(403);
        Assert.Contains((await _admin.GetJson($"/api/townships/{township}/modules")).Items(),
            m => m.GetProperty("id").GetString() == "hygiene" && m.GetProperty("enabled").GetBoolean());

        var other = await DemoCity.TownshipId(_admin, "柳河镇");
        using (var rescoped = await _admin.PutJson($"/api/accounts/{id}/scope", new { role = "TownshipOfficer", townshipId = other, version = 0 }))
        {
            Assert.Equal(other, (await rescoped.ReadJson()).GetProperty("townshipId").GetGuid());
        }

        await (await officer.GetAsync("/api/auth/me")).AssertProblem(401);
        using var again = _factory.CreateClientFor("baima.officer", "Baima2026x");
        Assert.Equal(other, (await again.GetJson("/api/auth/me")).GetProperty("townshipId").GetGuid());

        await (await _admin.PostJson($"/api/accounts/{id}/disable", new { version = 0 })).AssertProblem(409);
        using (var disabled = await _admin.PostJson($"/api/accounts/{id}/disable", new { version = 1 }))
        {
            Assert.True((await disabled.ReadJson()).GetProperty("disabled").GetBoolean());
        }

        await (await again.GetAsync("/api/auth/me")).AssertProblem(401);
        using var anonymous = _factory.CreateAnonymousClient();
        await (await RequestToken(anonymous, "baima.officer", "Baima2026x")).AssertProblem(401);
        Assert.DoesNotContain((await _admin.GetJson("/api/accounts")).Items(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Contains((await _admin.GetJson("/api/accounts?includeDisabled=true")).Items(), a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_disabled_or_demoted()
    {
        var admins = (await _admin.GetJson("/api/accounts?role=CityAdministrator")).Items().ToList();
        Assert.Equal(2, admins.Count); // the bootstrap administrator and the demo's
        var demo = admins.Single(a => a.GetProperty("userName").GetString() == "demo-admin");
        (await _admin.PostJson($"/api/accounts/{demo.GetProperty("id").GetGuid()}/disable", new { version = 0 })).EnsureSuccessStatusCode().Dispose();

        var me = admins.Single(a => a.GetProperty("userName").GetString() == PlatformFactory.AdminUserName).GetProperty("id").GetGuid();
        await (await _admin.PostJson($"/api/accounts/{me}/disable", new { version = 0 })).AssertProblem(409);
        await (await _admin.PutJson($"/api/accounts/{me}/scope", new { role = "CitySupervisor", version = 0 })).AssertProblem(409);
    }

    [Fact]
    public async Task Every_change_and_every_sign_in_is_in_the_audit_log()
    {
        var township = await DemoCity.TownshipId(_admin, "白马镇");
        using (var created = await _admin.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name = "白马集市", address = "白马街1号" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var anonymous = _factory.CreateAnonymousClient();
        await (await RequestToken(anonymous, "demo-unit", "wrong-password-1")).AssertProblem(401);
        await (await _admin.PostJson("/api/hygiene/sites", new { townshipId = township })).AssertProblem(400);

        var log = (await _admin.GetJson("/api/accounts/audit?pageSize=100")).GetProperty("items").Items().ToList();
        var change = log.Single(e => e.GetProperty("action").GetString() == "POST /api/hygiene/sites");
        Assert.Equal(PlatformFactory.AdminUserName, change.GetProperty("actor").GetString());
        Assert.StartsWith("/api/hygiene/sites/", change.GetProperty("target").GetString());
        Assert.Equal("201", change.GetProperty("outcome").GetString());
        Assert.Contains(log, e => e.GetProperty("actor").GetString() == "demo-unit" && e.GetProperty("outcome").GetString() == "failed");
        Assert.Contains(log, e => e.GetProperty("actor").GetString() == PlatformFactory.AdminUserName
                                  && e.GetProperty("action").GetString()!.StartsWith("sign-in", StringComparison.Ordinal));

        using var officer = _factory.CreateClientFor("demo-township");
        await (await officer.GetAsync("/api/accounts/audit")).AssertProblem(403);
        var filtered = await _admin.GetJson("/api/accounts/audit?actor=demo-unit");
        Assert.All(filtered.GetProperty("items").Items(), e => Assert.Equal("demo-unit", e.GetProperty("actor").GetString()));
        await (await _admin.GetAsync("/api/accounts/audit?pageSize=0")).AssertProblem(400);
    }
}
