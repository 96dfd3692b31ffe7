using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>Helpers for the enforcement module's tests: reports as a phone app sends them, photos, officers' steps.</summary>
public static class EnforcementApi
{
    /// <summary>Monday 9 March 2026, 10:00 in the city: inside working hours, far from a weekend or a city midnight.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 9, 10, 0, 0, TimeSpan.FromHours(8));

    public static byte[] Jpeg(int size = 64) => [0xFF, 0xD8, 0xFF, 0xE0, .. new byte[size]];

    public static byte[] Png(int size = 64) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[size]];

    public static MultipartFormDataContent Report(
        Guid township, string category = "Dumping", double? lat = null, double? lon = null, string? phone = null, string description = "路边垃圾堆放",
        params (string FileName, string ContentType, byte[] Bytes)[] photos)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(township.ToString()), "townshipId" },
            { new StringContent(category), "category" },
            { new StringContent(description), "description" },
            { new StringContent("解放路12号旁"), "address" },
        };
        if (lat is { } la && lon is { } lo)
        {
            form.Add(new StringContent(la.ToString(CultureInfo.InvariantCulture)), "latitude");
            form.Add(new StringContent(lo.ToString(CultureInfo.InvariantCulture)), "longitude");
        }

        if (phone is not null)
        {
            form.Add(new StringContent(phone), "contactPhone");
        }

        foreach (var (name, type, bytes) in photos)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "photos", name);
        }

        return form;
    }

    public static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public static async Task<JsonElement> Submit(HttpClient client, HttpContent content, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/enforcement/reports") { Content = content };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Created(await client.SendAsync(request));
    }

    public static async Task<Guid> CaseId(HttpClient client, Guid township, string number) =>
        (await client.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items()
        .Single(c => c.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();

    public static async Task<JsonElement> Step(HttpClient client, Guid caseId, string action, object body) =>
        await Ok(await client.PostJson($"/api/enforcement/cases/{caseId}/{action}", body));

    public static async Task AssertConflict(HttpClient client, Guid caseId, string action, object body, string state)
    {
        using var response = await client.PostJson($"/api/enforcement/cases/{caseId}/{action}", body);
        var problem = await response.AssertProblem(409);
        Assert.Equal(state, problem.GetProperty("currentState").GetString());
    }

    public static async Task AssertFields(HttpResponseMessage response, params string[] fields)
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
}
