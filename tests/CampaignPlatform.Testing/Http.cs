using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignPlatform.Testing;

/// <summary>JSON helpers matching the API's conventions (camelCase, enums as strings).</summary>
public static class Http
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<JsonElement> GetJson(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Json);

    public static Task<HttpResponseMessage> PutJson(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Json);

    public static async Task<JsonElement> ReadJson(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>Asserts an RFC 9457 problem details answer with the given status, and returns its body.</summary>
    public static async Task<JsonElement> AssertProblem(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.True(json.TryGetProperty("title", out _));
        Assert.False(body.Contains("   at ", StringComparison.Ordinal), "no stack trace in a problem response");
        return json;
    }

    /// <summary>Asserts a 400 problem details answer with an error for each of the given fields (any case).</summary>
    public static async Task AssertFields(this HttpResponseMessage response, params string[] fields)
    {
        using (response)
        {
            var errors = (await response.AssertProblem(400)).GetProperty("errors");
            foreach (var field in fields)
            {
                Assert.True(errors.EnumerateObject().Any(e => e.Name.Equals(field, StringComparison.OrdinalIgnoreCase)), $"{field} in {errors}");
            }
        }
    }

    /// <summary>Polls until <paramref name="probe"/> yields a value, instead of sleeping a fixed time.</summary>
    public static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> until, TimeSpan? within = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (until(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached in time: {what ?? "condition"}");
            }

            await Task.Delay(200);
        }
    }
}
