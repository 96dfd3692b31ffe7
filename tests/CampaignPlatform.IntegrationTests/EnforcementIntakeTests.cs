using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using static CampaignPlatform.IntegrationTests.EnforcementApi;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The public snap-and-report intake (随手拍) and Open311 over HTTP.</summary>
[Collection(HostCollection.Name)]
public sealed class EnforcementIntakeTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(MondayMorning);
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    /// <summary>A member of the public: no account, as the snap-report page and Open311 apps are.</summary>
    private readonly HttpClient _public;

    public EnforcementIntakeTests()
    {
        _factory = new PlatformFactory(_clock, new Dictionary<string, string?> { ["Enforcement:Intake:PermitsPerMinute"] = "1000" });
        _client = _factory.CreateClient();
        _public = _factory.CreateAnonymousClient();
    }

    public void Dispose()
    {
        _public.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_report_gets_a_case_number_and_a_token_and_nobody_outside_the_contact_read_sees_the_phone()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var receipt = await Submit(_public, Report(township, lat: 30.25, lon: 120.15, phone: "13812345678",
            photos: [("a.jpg", "image/jpeg", Jpeg()), ("b.png", "image/png", Png())]));
        var number = receipt.GetProperty("caseNumber").GetString()!;
        Assert.Matches(@"^ZF-2026-\d{6}$", number);
        var token = receipt.GetProperty("trackingToken").GetString()!;
        Assert.True(token.Length >= 22);
        Assert.False(receipt.GetProperty("linkedToExistingCase").GetBoolean());

        using var publicView = await _public.GetAsync($"/api/enforcement/reports/{token}");
        var publicText = await publicView.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, publicView.StatusCode);
        Assert.Contains(number, publicText);
        Assert.Contains("已受理", publicText);
        foreach (var secret in new[] { "13812345678", "5678", "30.25", "120.15", "latitude", "phone" })
        {
            Assert.DoesNotContain(secret, publicText, StringComparison.OrdinalIgnoreCase);
        }

        var caseId = await CaseId(_client, township, number);
        using var officerView = await _client.GetAsync($"/api/enforcement/cases/{caseId}");
        var officerText = await officerView.Content.ReadAsStringAsync();
        Assert.DoesNotContain("13812345678", officerText);
        var officer = JsonDocument.Parse(officerText).RootElement;
        Assert.Equal("138****5678", officer.GetProperty("maskedContactPhone").GetString());
        Assert.Equal("CitizenReport", officer.GetProperty("source").GetString());
        var photos = officer.GetProperty("photos").Items().ToList();
        Assert.Equal(2, photos.Count);
        using var photo = await _client.GetAsync(photos.Single(p => p.GetProperty("contentType").GetString() == "image/png").GetProperty("url").GetString());
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png(), await photo.Content.ReadAsByteArrayAsync());
        await (await _client.GetAsync($"/api/enforcement/cases/{caseId}/photos/{Guid.NewGuid()}")).AssertProblem(404);

        var contact = await _client.GetJson($"/api/enforcement/cases/{caseId}/contact");
        Assert.Equal("13812345678", contact.Items().Single().GetProperty("contactPhone").GetString());
        var history = (await _client.GetJson($"/api/enforcement/cases/{caseId}")).GetProperty("history").Items();
        Assert.Contains(history, e => e.GetProperty("action").GetString() == "查看举报人联系电话");
        await (await _public.GetAsync("/api/enforcement/reports/not-a-token")).AssertProblem(404);
    }

    [Fact]
    public async Task Reports_as_json_without_photos_are_taken_and_bad_ones_refused_with_nothing_written()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        await Created(await _public.PostJson("/api/enforcement/reports",
            new { townshipId = township, category = "Flyposting", description = "电线杆小广告", address = "人民路" }));

        await AssertFields(await _public.PostJson("/api/enforcement/reports", new { townshipId = township, latitude = 95.0, contactPhone = "call me" }),
            "category", "description", "address", "latitude", "contactPhone");
        await AssertFields(await _public.PostJson("/api/enforcement/reports", new { category = "Dumping", description = "x", address = "y" }), "townshipId");
        await AssertFields(await _public.PostAsync("/api/enforcement/reports", Report(Guid.Empty)), "townshipId");
        await (await _public.PostJson("/api/enforcement/reports", new { townshipId = township, villageId = Guid.NewGuid(), category = "Dumping", description = "x" }))
            .AssertProblem(404);
        await (await _public.PostAsync("/api/enforcement/reports", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")))
            .AssertProblem(400);

        Assert.Single((await _client.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items());
    }

    [Fact]
    public async Task Photos_that_are_too_big_too_many_or_not_jpeg_or_png_are_refused()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var big = Jpeg((5 * 1024 * 1024) + 1);
        var tooBig = await (await _public.PostAsync("/api/enforcement/reports", Report(township, photos: [("big.jpg", "image/jpeg", big)]))).AssertProblem(413);
        Assert.Contains("5 MB", tooBig.GetProperty("detail").GetString());

        // A GIF named and declared as JPEG is still a GIF.
        await AssertFields(await _public.PostAsync("/api/enforcement/reports",
            Report(township, photos: [("ok.jpg", "image/jpeg", Jpeg()), ("fake.jpg", "image/jpeg", "GIF89a........"u8.ToArray())])), "photos[1]");
        await AssertFields(await _public.PostAsync("/api/enforcement/reports",
            Report(township, photos: [("1.jpg", "image/jpeg", Jpeg()), ("2.jpg", "image/jpeg", Jpeg()), ("3.jpg", "image/jpeg", Jpeg()), ("4.jpg", "image/jpeg", Jpeg())])),
            "photos");
        Assert.Empty((await _client.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items());

        // Exactly 5 MB is allowed.
        await Submit(_public, Report(township, photos: [("max.jpg", "image/jpeg", Jpeg((5 * 1024 * 1024) - 4))]));
    }

    [Fact]
    public async Task Retries_with_one_idempotency_key_arriving_together_make_one_case_and_a_different_body_under_that_key_is_refused()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            Submit(_public, Report(township, lat: 30.1, lon: 120.1, phone: "13900001111", photos: [("a.jpg", "image/jpeg", Jpeg())]), key))));

        Assert.Single(answers.Select(a => a.GetProperty("caseNumber").GetString()).Distinct());
        Assert.Single(answers.Select(a => a.GetProperty("trackingToken").GetString()).Distinct());
        var cases = (await _client.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items().ToList();
        Assert.Single(cases);
        var detail = await _client.GetJson($"/api/enforcement/cases/{cases[0].GetProperty("id").GetGuid()}");
        Assert.Single(detail.GetProperty("photos").Items());
        Assert.Equal(0, detail.GetProperty("linkedReports").GetInt32());

        using var reused = new HttpRequestMessage(HttpMethod.Post, "/api/enforcement/reports") { Content = Report(township, description: "另一件事") };
        reused.Headers.Add("Idempotency-Key", key);
        await (await _client.SendAsync(reused)).AssertProblem(409);
    }

    [Fact]
    public async Task Reports_arriving_together_are_all_taken_with_consecutive_case_numbers()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        // Each answer must be 201 (Submit asserts it): none may fail or time out waiting for the database's write lock.
        var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            Submit(_public, Report(township, description: $"第{i}处垃圾堆放")))));

        var numbers = answers.Select(a => a.GetProperty("caseNumber").GetString()!).ToList();
        Assert.All(numbers, n => Assert.Matches(@"^ZF-2026-\d{6}$", n));
        var sequences = numbers.Select(n => int.Parse(n[^6..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(sequences[0], 64), sequences);
        Assert.DoesNotContain(answers, a => a.GetProperty("linkedToExistingCase").GetBoolean());
    }

    [Fact]
    public async Task A_hundred_retries_under_one_idempotency_key_arriving_together_make_one_case_and_all_get_its_receipt()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() =>
            Submit(_public, Report(township, description: "同一份举报，网络不好重发"), key))));

        Assert.Single(answers.Select(a => a.GetProperty("caseNumber").GetString()).Distinct());
        Assert.Single(answers.Select(a => a.GetProperty("trackingToken").GetString()).Distinct());
        Assert.Single((await _client.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items());

        // The next report takes the number after it: the losers' rolled-back numbers were given back.
        var next = await Submit(_public, Report(township, description: "另一处"));
        var first = int.Parse(answers[0].GetProperty("caseNumber").GetString()![^6..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"ZF-2026-{first + 1:000000}", next.GetProperty("caseNumber").GetString());
    }

    [Fact]
    public async Task A_report_near_an_open_case_of_the_same_category_within_a_day_is_linked_to_it()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var first = await Submit(_public, Report(township, "Dumping", 30.0, 120.0));
        var number = first.GetProperty("caseNumber").GetString();

        _clock.Advance(TimeSpan.FromHours(2));
        var near = await Submit(_public, Report(township, "Dumping", 30.0004, 120.0, phone: "13700002222")); // ≈ 44 m
        Assert.Equal(number, near.GetProperty("caseNumber").GetString());
        Assert.True(near.GetProperty("linkedToExistingCase").GetBoolean());
        Assert.NotEqual(first.GetProperty("trackingToken").GetString(), near.GetProperty("trackingToken").GetString());
        var nearView = await _public.GetJson($"/api/enforcement/reports/{near.GetProperty("trackingToken").GetString()}");
        Assert.Equal(number, nearView.GetProperty("caseNumber").GetString());

        var otherCategory = await Submit(_public, Report(township, "Flyposting", 30.0, 120.0));
        var far = await Submit(_public, Report(township, "Dumping", 30.0009, 120.0)); // ≈ 100 m
        var noCoordinates = await Submit(_public, Report(township, "Dumping"));
        Assert.NotEqual(number, otherCategory.GetProperty("caseNumber").GetString());
        Assert.NotEqual(number, far.GetProperty("caseNumber").GetString());
        Assert.NotEqual(number, noCoordinates.GetProperty("caseNumber").GetString());

        _clock.Advance(TimeSpan.FromHours(23)); // 25 h after the first report
        var later = await Submit(_public, Report(township, "Dumping", 30.0, 120.0));
        Assert.NotEqual(number, later.GetProperty("caseNumber").GetString());

        var caseId = await CaseId(_client, township, number!);
        var detail = await _client.GetJson($"/api/enforcement/cases/{caseId}");
        Assert.Equal(1, detail.GetProperty("linkedReports").GetInt32());
        var contacts = await _client.GetJson($"/api/enforcement/cases/{caseId}/contact");
        Assert.Contains(contacts.Items(), c => c.GetProperty("isDuplicate").GetBoolean() && c.GetProperty("contactPhone").GetString() == "13700002222");
    }

    [Fact]
    public async Task The_intake_answers_as_problem_details_where_the_township_does_not_take_reports()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        (await _client.PutJson($"/api/townships/{township}/modules/enforcement", new { enabled = false })).Dispose();
        var refused = await (await _public.PostAsync("/api/enforcement/reports", Report(township))).AssertProblem(403);
        Assert.Contains("暂未开通", refused.GetProperty("detail").GetString());
        await (await _client.GetAsync($"/api/enforcement/townships/{township}/cases")).AssertProblem(403);
    }

    [Fact]
    public async Task Open311_apps_list_services_post_requests_and_read_their_public_status()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var services = await _public.GetJson("/open311/v2/services.json");
        Assert.Equal(6, services.GetArrayLength());
        Assert.Contains(services.Items(), s => s.GetProperty("service_code").GetString() == "IllegalStructure" && s.GetProperty("service_name").GetString() == "乱搭乱建");
        var definition = await _public.GetJson("/open311/v2/services/Dumping.json");
        Assert.Contains(definition.GetProperty("attributes").Items(), a => a.GetProperty("code").GetString() == "township_id");
        await (await _public.GetAsync("/open311/v2/services/Nothing.json")).AssertProblem(404);

        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["service_code"] = "StreetOccupation", ["description"] = "占道经营", ["lat"] = "30.5", ["long"] = "120.5",
            ["address_string"] = "东门菜场", ["phone"] = "13600003333", ["attribute[township_id]"] = township.ToString(),
        });
        var posted = await Created(await _public.PostAsync("/open311/v2/requests.json", form));
        var id = posted.Items().Single().GetProperty("service_request_id").GetString();
        Assert.Matches(@"^ZF-2026-\d{6}$", id);

        using var one = await _public.GetAsync($"/open311/v2/requests/{id}.json");
        var text = await one.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.DoesNotContain("13600003333", text);
        Assert.DoesNotContain("120.5", text);
        var request = JsonDocument.Parse(text).RootElement.Items().Single();
        Assert.Equal("open", request.GetProperty("status").GetString());
        Assert.Equal("StreetOccupation", request.GetProperty("service_code").GetString());
        Assert.Contains((await _public.GetJson("/open311/v2/requests.json?status=open")).Items(), r => r.GetProperty("service_request_id").GetString() == id);
        Assert.Empty((await _public.GetJson("/open311/v2/requests.json?status=closed")).Items());

        // The same validation as the app's intake.
        var bad = new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "Nope", ["attribute[township_id]"] = township.ToString() });
        await AssertFields(await _public.PostAsync("/open311/v2/requests.json", bad), "service_code");
        var missing = new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "Dumping", ["attribute[township_id]"] = township.ToString() });
        await AssertFields(await _public.PostAsync("/open311/v2/requests.json", missing), "description", "address");
        await (await _public.GetAsync("/open311/v2/requests/ZF-2026-999999.json")).AssertProblem(404);
        await (await _public.GetAsync("/open311/v2/requests.json?status=maybe")).AssertProblem(400);
    }
}

/// <summary>The intake's per-address limit, on a host configured with a low one.</summary>
[Collection(HostCollection.Name)]
public sealed class EnforcementRateLimitTests : IDisposable
{
    private readonly PlatformFactory _factory = new(new FakeTimeProvider(MondayMorning),
        new Dictionary<string, string?> { ["Enforcement:Intake:PermitsPerMinute"] = "2" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Reports_over_the_limit_are_refused_with_429_and_retry_after_on_both_entrances()
    {
        var client = _factory.CreateClient();
        using var citizen = _factory.CreateAnonymousClient();
        var township = await DemoCity.TownshipId(client, "白马镇");
        await Submit(citizen, Report(township));
        await Submit(citizen, Report(township, description: "第二件"));

        using var third = await citizen.PostAsync("/api/enforcement/reports", Report(township, description: "第三件"));
        var problem = await third.AssertProblem(429);
        Assert.Contains("retry", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["service_code"] = "Dumping" });
        await (await citizen.PostAsync("/open311/v2/requests.json", form)).AssertProblem(429);
        Assert.Equal(2, (await client.GetJson($"/api/enforcement/townships/{township}/cases")).GetProperty("total").GetInt32());
    }
}
