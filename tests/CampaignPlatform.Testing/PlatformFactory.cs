using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.Testing;

/// <summary>
/// The real host over HTTP, on a real SQLite file in a fresh temporary directory (or a fresh PostgreSQL database, see
/// <see cref="TestDatabase"/>), with the demo city seeded (a copy of it prepared once, see <see cref="PreparedData"/>).
/// Hangfire's configuration is process-wide, so every test that starts a host in the test process is in one sequential
/// collection.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public PlatformFactory(FakeTimeProvider? clock = null, IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        KeepData = dataDirectory is not null;
        Clock = clock;
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataDirectory { get; }

    /// <summary>A directory the test handed in outlives this host (to restart on the same data).</summary>
    private bool KeepData { get; }

    public FakeTimeProvider? Clock { get; }

    private IDictionary<string, string?> Settings { get; }

    /// <summary>Extra services for the host under test, e.g. a consumer that fails on purpose.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The administrator every host of the tests starts with (from <c>Auth:BootstrapAdmin</c>).</summary>
    public const string AdminUserName = "admin";

    public const string AdminPassword = "Admin-2026-tests";

    /// <summary>The password of the demo city's accounts (demo-admin, demo-supervisor, demo-township, demo-grid, demo-unit).</summary>
    public const string DemoPassword = "Demo@2026";

    private string? _adminToken;

    /// <summary>
    /// Whether the host starts on a copy of the demo city prepared once for its clock and settings
    /// (<see cref="PreparedData"/>). A host on a directory the test handed in, or with services of the test's own, prepares
    /// its data itself, as a host in production does.
    /// </summary>
    private bool StartsOnPreparedData => !KeepData && TestServices is null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (StartsOnPreparedData && !Directory.Exists(DataDirectory))
        {
            PreparedData.CopyInto(DataDirectory, Clock, Settings);
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        foreach (var (key, value) in TestDatabase.SettingsFor(DataDirectory))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Auth:BootstrapAdmin:UserName", AdminUserName);
        builder.UseSetting("Auth:BootstrapAdmin:Password", AdminPassword);
        // Tests move the clock by days and weeks; a token should not expire under them unless a test says so.
        builder.UseSetting("Auth:TokenLifetime", "3650.00:00:00");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            TestServices?.Invoke(services);
        });
    }

    /// <summary>
    /// <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> signs in as the bootstrap administrator, who may do
    /// everything; tests of roles and of the public intake ask for other clients below.
    /// </summary>
    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        _adminToken ??= TokenFor(AdminUserName, AdminPassword);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _adminToken);
    }

    /// <summary>A browser: keeps cookies and follows redirects, and is signed in only once it posts to /api/auth/sign-in.</summary>
    public HttpClient CreateBrowserClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = true });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client with no credentials: a member of the public.</summary>
    public HttpClient CreateAnonymousClient() => Server.CreateClient();

    /// <summary>A client signed in with a bearer token of this account.</summary>
    public HttpClient CreateClientFor(string userName, string password = DemoPassword)
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(userName, password));
        return client;
    }

    /// <summary>Signs in through the API and returns the bearer token.</summary>
    public string TokenFor(string userName, string password)
    {
        using var client = Server.CreateClient();
        using var response = client.PostAsJsonAsync("/api/auth/token", new { userName, password }).GetAwaiter().GetResult();
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {userName} failed: {(int)response.StatusCode} {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            DeleteData(DataDirectory);
        }
    }

    /// <summary>Removes what hosts on this data directory stored: the directory and, on PostgreSQL, the database.</summary>
    public static void DeleteData(string dataDirectory, bool forcePostgres = false)
    {
        TestDatabase.Drop(dataDirectory, forcePostgres);
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS temp cleaner takes it.
        }
    }
}
