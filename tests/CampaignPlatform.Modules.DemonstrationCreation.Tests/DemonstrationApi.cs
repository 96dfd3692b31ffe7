using System.Net;
using System.Text.Json;

namespace CampaignPlatform.Modules.DemonstrationCreation.Tests;

/// <summary>The steps the tests take over HTTP: criteria, an application, a review that passes or fails.</summary>
internal static class DemonstrationApi
{
    public const string Root = "/api/" + DemonstrationCreationModule.Id;

    public static async Task<JsonElement> Ok(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public static async Task Enable(HttpClient admin, Guid township)
    {
        using var response = await admin.PutJson($"/api/townships/{township}/modules/{DemonstrationCreationModule.Id}", new { enabled = true });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Two criteria for demonstration streets, worth 60 and 40 points.</summary>
    public static async Task<(Guid Clean, Guid Order)> StreetCriteria(HttpClient admin)
    {
        var clean = await Ok(await admin.PostJson($"{Root}/criteria", new { kind = "Street", name = "路面整洁、无暴露垃圾", points = 60 }), HttpStatusCode.Created);
        var order = await Ok(await admin.PostJson($"{Root}/criteria", new { kind = "Street", name = "店外无乱摆乱占", points = 40 }), HttpStatusCode.Created);
        return (clean.GetProperty("id").GetGuid(), order.GetProperty("id").GetGuid());
    }

    public static async Task<JsonElement> Apply(HttpClient officer, Guid township, string place = "解放路") =>
        await Ok(await officer.PostJson($"{Root}/townships/{township}/applications", new { kind = "Street", placeName = place, address = "解放路全段" }),
            HttpStatusCode.Created);

    public static object Scores((Guid Clean, Guid Order) criteria, decimal clean, decimal order) =>
        new[] { new { criterionId = criteria.Clean, score = clean }, new { criterionId = criteria.Order, score = order } };
}
