using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.IntegrationTests;

[Collection(HostCollection.Name)]
public sealed class HostTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public HostTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Health_reports_database_and_hangfire()
    {
        var health = await _client.GetJson("/health");
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("hangfire").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Data_lives_in_sqlite_files_in_the_data_directory_or_in_a_postgres_schema_per_module()
    {
        await _client.GetJson("/api/org/townships");
        if (!TestDatabase.IsPostgres)
        {
            Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "campaign.db")));
            Assert.True(File.Exists(Path.Combine(_factory.DataDirectory, "hangfire.db")));
            return;
        }

        Assert.False(File.Exists(Path.Combine(_factory.DataDirectory, "campaign.db")));
        var schemas = TestDatabase.Schemas(_factory.DataDirectory);
        Assert.Contains("hangfire", schemas);
        Assert.Contains("org", schemas);
        Assert.Contains("enforcement", schemas);
    }

    [Fact]
    public async Task OpenApi_describes_every_module_and_the_reference_page_is_served()
    {
        var document = await _client.GetJson("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/org/townships", paths);
        Assert.Contains("/api/modules", paths);
        Assert.Contains("/api/townships/{townshipId}/modules/{moduleId}", paths);
        Assert.Contains("/api/checks/{checkId}/run", paths);
        Assert.Contains("/api/sample/townships/{townshipId}/records", paths);

        // Outside Development the description and its reference page are for administrators: a browser signs in first.
        using var anonymous = _factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        using var browser = _factory.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api-reference")).StatusCode);
        await SignInWithCookie(browser, PlatformFactory.AdminUserName, PlatformFactory.AdminPassword);
        using var reference = await browser.GetAsync("/api-reference");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }

    [Fact]
    public async Task Hangfire_dashboard_is_served_to_administrators_only()
    {
        using var browser = _factory.CreateBrowserClient();
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/hangfire")).StatusCode);
        await SignInWithCookie(browser, "demo-township", PlatformFactory.DemoPassword);
        Assert.NotEqual(HttpStatusCode.OK, (await browser.GetAsync("/hangfire")).StatusCode);

        using var admin = _factory.CreateBrowserClient();
        await SignInWithCookie(admin, "demo-admin", PlatformFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
    }

    private static async Task SignInWithCookie(HttpClient browser, string userName, string password)
    {
        using var signIn = await browser.PostJson("/api/auth/sign-in", new { userName, password });
        Assert.True(signIn.IsSuccessStatusCode, await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_route_is_a_404_problem()
    {
        using var response = await _client.GetAsync("/api/nothing-here");
        await response.AssertProblem(404);
    }

    [Fact]
    public async Task Unhandled_exception_is_a_500_problem_without_internals()
    {
        using var response = await _client.GetAsync("/api/sample/fail");
        var problem = await response.AssertProblem(500);
        Assert.DoesNotContain("secret internal detail", problem.ToString());
    }

    [Fact]
    public async Task A_host_with_the_hangfire_server_off_registers_the_checks_but_runs_no_job()
    {
        using var serving = new PlatformFactory(settings: new Dictionary<string, string?> { ["Hangfire:Server"] = "false" });
        var client = serving.CreateClient();

        var health = await client.GetJson("/health");
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("hangfire").GetProperty("status").GetString());
        using var connection = serving.Services.GetRequiredService<JobStorage>().GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), j => j.Id == "sample.mark-townships");
        Assert.Empty(serving.Services.GetRequiredService<JobStorage>().GetMonitoringApi().Servers());
    }

    [Fact]
    public void Every_declared_check_is_a_hangfire_recurring_job()
    {
        _ = _client; // the host is started
        using var connection = _factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();
        var job = Assert.Single(jobs, j => j.Id == "sample.mark-townships");
        Assert.Equal("0 3 * * *", job.Cron);
        Assert.Equal("Asia/Shanghai", job.TimeZoneId);
    }
}
