using System.Net;
using System.Text.RegularExpressions;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The rural upkeep pages over HTTP: the village list, the inspection checklist form with the API's validation, the village page.</summary>
[Collection(HostCollection.Name)]
public sealed class RuralUpkeepPagesTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public RuralUpkeepPagesTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_township_officer_inspects_a_village_on_the_checklist_with_errors_beside_the_unanswered_items()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var village = (await _admin.GetJson($"/api/rural-upkeep/townships/{township}/villages")).Items().First();
        var villageId = village.GetProperty("villageId").GetGuid();
        using var officer = await _factory.SignedIn("demo-township");
        var list = await officer.ReadPage("/rural-upkeep");
        Assert.Contains(village.GetProperty("villageName").GetString()!, list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/rural-upkeep/villages/{villageId}/inspection\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/rural-upkeep/townships/{township}/ledgers/inspections?format=xlsx\"", list, StringComparison.Ordinal);

        var form = await officer.ReadForm($"/rural-upkeep/villages/{villageId}/inspection");
        var codes = form.Fields.Where(f => Regex.IsMatch(f.Key, @"^Results\[\d+\]\.Code$")).Select(f => f.Value).ToList();
        Assert.True(codes.Count >= 5, $"{codes.Count} checklist items");
        using (var unanswered = await officer.PostAsync($"/rural-upkeep/villages/{villageId}/inspection", form.With(new() { ["Results[0].Passed"] = "true" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unanswered.StatusCode);
            var html = await unanswered.Content.ReadAsStringAsync();
            WebPages.FieldError(html, "Results[1].Passed");
            Assert.Contains("name=\"Results[0].Passed\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal); // what was answered stays answered
        }

        Assert.Empty((await _admin.GetJson($"/api/rural-upkeep/villages/{villageId}/inspections")).GetProperty("items").Items());
        var answers = codes.Select((_, i) => KeyValuePair.Create($"Results[{i}].Passed", i == 0 ? "false" : "true"))
            .Append(KeyValuePair.Create("Results[0].Note", "村口垃圾堆未清"))
            .Append(KeyValuePair.Create("InspectedOn", DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd")))
            .Append(KeyValuePair.Create("Inspector", "褚明远")).ToDictionary();
        using var recorded = await officer.PostAsync($"/rural-upkeep/villages/{villageId}/inspection", form.With(answers));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = await officer.ReadPage(recorded.Headers.Location!.OriginalString);
        Assert.Contains("已登记检查", page, StringComparison.Ordinal);
        Assert.Contains("村口垃圾堆未清", page, StringComparison.Ordinal);
        var inspection = Assert.Single((await _admin.GetJson($"/api/rural-upkeep/villages/{villageId}/inspections")).GetProperty("items").Items());
        Assert.Equal(1, inspection.GetProperty("failedItems").GetInt32());
        Assert.Equal("demo-township", inspection.GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task The_village_list_filters_by_name_and_mechanism_and_the_forms_and_ranking_show_only_to_their_roles()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var villages = (await _admin.GetJson($"/api/rural-upkeep/townships/{township}/villages")).Items().ToList();
        var name = villages[1].GetProperty("villageName").GetString()!;
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var found = await supervisor.ReadPage($"/rural-upkeep?townshipId={township}&search={Uri.EscapeDataString(name)}");
        Assert.Contains(name, found, StringComparison.Ordinal);
        Assert.Equal(1, found.Split("href=\"/rural-upkeep/villages/").Length - 1);
        Assert.DoesNotContain("/inspection\"", found, StringComparison.Ordinal);
        var complete = await supervisor.ReadPage($"/rural-upkeep?townshipId={township}&complete=true");
        Assert.Contains("没有符合条件的村（社区）", complete, StringComparison.Ordinal);

        // Asked for no township, a city role gets the first where the module is on, not a refusal.
        Assert.Contains("href=\"/rural-upkeep/villages/", await supervisor.ReadPage("/rural-upkeep"), StringComparison.Ordinal);
        Assert.Contains("未检查", await supervisor.ReadPage("/rural-upkeep/ranking"), StringComparison.Ordinal);

        var ranking = await supervisor.ReadPage($"/rural-upkeep/ranking?townshipId={township}");
        Assert.Contains(name, ranking, StringComparison.Ordinal);
        Assert.Contains("未检查", ranking, StringComparison.Ordinal);
        using var grid = await _factory.SignedIn("demo-grid");
        var gridMenu = await grid.ReadPage("/rural-upkeep");
        Assert.DoesNotContain("href=\"/rural-upkeep/ranking\"", gridMenu, StringComparison.Ordinal);
        Assert.Equal("/denied", (await grid.GetAsync("/rural-upkeep/ranking")).Headers.Location!.AbsolutePath);

        using var unit = await _factory.SignedIn("demo-unit");
        Assert.Equal("/denied", (await unit.GetAsync("/rural-upkeep")).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_village_not_yet_eligible_is_refused_as_a_demonstration_with_its_reasons_on_the_page()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var villageId = (await _admin.GetJson($"/api/rural-upkeep/townships/{township}/villages")).Items().First().GetProperty("villageId").GetGuid();
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var read = await supervisor.ReadPage($"/rural-upkeep/villages/{villageId}");
        Assert.Contains("暂不符合申报条件", read, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Propose", read, StringComparison.Ordinal);

        using var officer = await _factory.SignedIn("demo-township");
        var form = await officer.ReadForm($"/rural-upkeep/villages/{villageId}", "handler=Propose");
        using (var noHousehold = await officer.PostAsync($"/rural-upkeep/villages/{villageId}?handler=Propose", form.With(new() { ["Kind"] = "Courtyard" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noHousehold.StatusCode);
            Assert.Contains("美丽庭院须填写农户", WebPages.FieldError(await noHousehold.Content.ReadAsStringAsync(), "Household"), StringComparison.Ordinal);
        }

        using var refused = await officer.PostAsync($"/rural-upkeep/villages/{villageId}?handler=Propose", form.With(new() { ["Kind"] = "LivableVillage" }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("role=\"alert\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await _admin.GetJson($"/api/rural-upkeep/villages/{villageId}/demonstrations")).Items());
    }

    [Fact]
    public async Task A_township_officer_awards_courtyard_points_and_redeems_them_never_below_zero()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var villageId = (await _admin.GetJson($"/api/rural-upkeep/townships/{township}/villages")).Items().First().GetProperty("villageId").GetGuid();
        var address = $"/rural-upkeep/villages/{villageId}/points";
        using var officer = await _factory.SignedIn("demo-township");
        Assert.Contains($"href=\"{address}\"", await officer.ReadPage($"/rural-upkeep/villages/{villageId}"), StringComparison.Ordinal);
        var page = await officer.ReadPage(address);
        Assert.Contains("尚无农户积分记录", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/rural-upkeep/townships/{township}/ledgers/points?format=xlsx\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Redeem", page, StringComparison.Ordinal); // nothing to redeem before a household has points

        var rate = await officer.ReadForm(address, "handler=Rate");
        using (var unnamed = await officer.PostAsync($"{address}?handler=Rate", rate.With(new() { ["Rating.Household"] = "" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
            var html = await unnamed.Content.ReadAsStringAsync();
            WebPages.FieldError(html, "Rating.Household");
            WebPages.FieldError(html, "Rating.Grade");
        }

        Assert.Empty((await _admin.GetJson($"/api/rural-upkeep/villages/{villageId}/households")).Items());
        using var rated = await officer.PostAsync($"{address}?handler=Rate", rate.With(new() { ["Rating.Household"] = "王建国", ["Rating.Grade"] = "Excellent" }));
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        page = await officer.ReadPage(rated.Headers.Location!.OriginalString);
        Assert.Contains("已登记美丽庭院评比", page, StringComparison.Ordinal);
        Assert.Contains("美丽庭院评比：优秀", page, StringComparison.Ordinal);
        Assert.Contains("<strong>10</strong>", page, StringComparison.Ordinal);

        var redeem = await officer.ReadForm(address, "handler=Redeem");
        using (var noPoints = await officer.PostAsync($"{address}?handler=Redeem", redeem.With(new() { ["Redemption.Household"] = "王建国", ["Redemption.Goods"] = "洗衣粉" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noPoints.StatusCode);
            WebPages.FieldError(await noPoints.Content.ReadAsStringAsync(), "Redemption.Points");
        }

        using (var short_ = await officer.PostAsync($"{address}?handler=Redeem",
                   redeem.With(new() { ["Redemption.Household"] = "王建国", ["Redemption.Points"] = "15", ["Redemption.Goods"] = "电饭煲" })))
        {
            Assert.Equal(HttpStatusCode.Conflict, short_.StatusCode);
            Assert.Contains("积分不足：余额 10", await short_.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var redeemed = await officer.PostAsync($"{address}?handler=Redeem",
            redeem.With(new() { ["Redemption.Household"] = "王建国", ["Redemption.Points"] = "4", ["Redemption.Goods"] = "洗衣粉" }));
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        Assert.Contains("积分兑换：洗衣粉", await officer.ReadPage(redeemed.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var household = Assert.Single((await _admin.GetJson($"/api/rural-upkeep/villages/{villageId}/households")).Items());
        Assert.Equal(6, household.GetProperty("balance").GetInt32());
        Assert.Equal(2, household.GetProperty("movements").GetArrayLength());

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var read = await supervisor.ReadPage(address);
        Assert.Contains("王建国", read, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Rate", read, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Redeem", read, StringComparison.Ordinal);
        using var unit = await _factory.SignedIn("demo-unit");
        using var denied = await unit.GetAsync(address);
        Assert.Equal("/denied", denied.Headers.Location!.AbsolutePath);
        await officer.ReadPage($"/rural-upkeep/villages/{Guid.NewGuid()}/points", HttpStatusCode.NotFound);
    }
}
