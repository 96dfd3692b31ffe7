using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignPlatform.Host.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Benchmarks;

/// <summary>The platform on the generated province serving HTTP on a loopback port, with a client signed in as a city administrator.</summary>
public sealed class ServedProvince : IAsyncDisposable
{
    private const string AdminUserName = "bench-admin";
    private const string AdminPassword = "Bench-2026-admin";

    private ServedProvince(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ServedProvince> StartAsync()
    {
        // No Hangfire server: a recurring check falling due would run beside the measurement, and each short benchmark
        // process would cut it off part-way, leaving its queued messages for the next run to deliver.
        var app = ProvincePlatform.Open(
            new("Auth:BootstrapAdmin:UserName", AdminUserName), new("Auth:BootstrapAdmin:Password", AdminPassword), new("Hangfire:Server", "false"));
        app.Urls.Add("http://127.0.0.1:0");
        app.MapCampaignPlatform();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = AdminUserName, password = AdminPassword });
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ServedProvince(app, client);
    }

    /// <summary>GETs a URL and insists on 200, so that a benchmark never measures an error page.</summary>
    public async Task<int> GetAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode
            ? body.Length
            : throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
