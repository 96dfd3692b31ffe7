using System.Text.Json;

namespace CampaignPlatform.Testing;

/// <summary>Finds demo-city records by name, the way a tester reads the seed.</summary>
public static class DemoCity
{
    public static async Task<Guid> TownshipId(HttpClient client, string name)
    {
        var townships = await client.GetJson("/api/org/townships");
        return townships.EnumerateArray().First(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }

    public static async Task<bool> IsEnabled(HttpClient client, Guid townshipId, string moduleId)
    {
        var modules = await client.GetJson($"/api/townships/{townshipId}/modules");
        return modules.EnumerateArray().First(m => m.GetProperty("id").GetString() == moduleId).GetProperty("enabled").GetBoolean();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement array) => array.EnumerateArray();

    /// <summary>The scorecard line with the given code, at any depth.</summary>
    public static JsonElement ScoreLine(this JsonElement card, string code)
    {
        static IEnumerable<JsonElement> All(JsonElement lines) =>
            lines.Items().SelectMany(l => new[] { l }.Concat(All(l.GetProperty("children"))));
        return All(card.GetProperty("lines")).Single(l => l.GetProperty("code").GetString() == code);
    }
}
