using System.Net;
using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>Helpers for the hygiene module's tests: registering a site and logging a disinfection as a person would.</summary>
public static class HygieneApi
{
    public static async Task<Guid> Site(HttpClient client, Guid township, string category, string name, Guid? village = null)
    {
        using var response = await client.PostJson("/api/hygiene/sites", new { townshipId = township, villageId = village, category, name, address = "解放路1号" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> Disinfect(HttpClient client, Guid site, DateTimeOffset at) =>
        client.PostJson($"/api/hygiene/sites/{site}/disinfections", new { at, areaSquareMetres = 300m, disinfectant = "含氯消毒液", @operator = "李四" });

    /// <summary>Logs a disinfection at <paramref name="at"/> and insists it was recorded.</summary>
    public static async Task Logged(HttpClient client, Guid site, DateTimeOffset at)
    {
        using var response = await Disinfect(client, site, at);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
