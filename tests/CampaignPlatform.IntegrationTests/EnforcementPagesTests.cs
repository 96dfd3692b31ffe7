using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static CampaignPlatform.IntegrationTests.EnforcementApi;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The enforcement pages over HTTP: the citizens' report and tracking pages without an account, the case page's workflow
/// forms with the API's roles, validation and 409s, the recorded phone read, the case list and its ledger buttons.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EnforcementPagesTests : IDisposable
{
    private readonly PlatformFactory _factory = new(settings: new Dictionary<string, string?> { ["Enforcement:Intake:PermitsPerMinute"] = "1000" });
    private readonly HttpClient _admin;

    public EnforcementPagesTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> CitizenCase(Guid township, string phone = "13812345678")
    {
        using var anonymous = _factory.CreateAnonymousClient();
        var receipt = await Submit(anonymous, Report(township, phone: phone));
        var number = receipt.GetProperty("caseNumber").GetString();
        return (await _admin.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items()
            .First(c => c.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> Step(HttpClient officer, Guid caseId, string handler, Dictionary<string, string> fields)
    {
        var form = await officer.ReadForm($"/enforcement/cases/{caseId}", $"handler={handler}");
        return await officer.PostAsync($"/enforcement/cases/{caseId}?handler={handler}", form.With(fields));
    }

    [Fact]
    public async Task A_citizen_reports_with_a_photo_without_an_account_and_tracks_the_case_by_its_code()
    {
        using var citizen = _factory.Browser();
        var form = await citizen.ReadForm("/report", "multipart/form-data");
        Assert.Contains("capture=\"environment\"", form.Html, StringComparison.Ordinal);
        var township = form.Html[(form.Html.IndexOf("<option selected=\"selected\" value=\"", StringComparison.Ordinal) + 35)..][..36];

        using var refused = await citizen.PostAsync("/report", form.Multipart(new() { ["TownshipId"] = township, ["Description"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        // Beside the field the stock "'Category' 不能为Null。" reads as plain 必填.
        Assert.Equal("必填。", WebPages.FieldError(html, "Category"));
        Assert.Equal("必填。", WebPages.FieldError(html, "Description"));

        var fields = new Dictionary<string, string>
        {
            ["TownshipId"] = township, ["Category"] = "Dumping", ["Description"] = "河边有人倾倒建筑垃圾", ["Address"] = "柳河桥东侧",
            ["ContactPhone"] = "13900001111",
        };
        using var sent = await citizen.PostAsync("/report", form.Multipart(fields, ("photos", "snap.jpg", Jpeg())));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var receipt = sent.Headers.Location!.OriginalString;
        Assert.StartsWith("/report/track?token=", receipt, StringComparison.Ordinal);
        var page = await citizen.ReadPage(receipt);
        Assert.Contains("举报已受理", page, StringComparison.Ordinal);
        Assert.Matches("ZF-\\d{4}-\\d{6}", page);
        Assert.DoesNotContain("13900001111", page, StringComparison.Ordinal);

        // The same form sent again (a double tap) files nothing new: the same code comes back.
        using var again = await citizen.PostAsync("/report", form.Multipart(fields, ("photos", "snap.jpg", Jpeg())));
        Assert.Equal(receipt, again.Headers.Location!.OriginalString);
        var cases = (await _admin.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items().ToList();
        var only = Assert.Single(cases);
        Assert.Single((await _admin.GetJson($"/api/enforcement/cases/{only.GetProperty("id").GetGuid()}")).GetProperty("photos").Items());

        using var notAPhoto = await citizen.PostAsync("/report", (await citizen.ReadForm("/report", "multipart/form-data"))
            .Multipart(fields, ("photos", "virus.jpg", "MZ not an image"u8.ToArray())));
        Assert.Equal(HttpStatusCode.BadRequest, notAPhoto.StatusCode);
        Assert.Contains("照片只能是 JPEG 或 PNG", await notAPhoto.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("已受理", await citizen.ReadPage("/report/track?token=" + receipt.Split("token=")[1].Split('&')[0]), StringComparison.Ordinal);
        Assert.Contains("没有找到", await citizen.ReadPage("/report/track?token=nonsense", HttpStatusCode.NotFound), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_page_takes_a_case_through_its_steps_with_the_apis_roles_field_errors_and_409s()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var caseId = await CitizenCase(township);
        var unit = (await _admin.GetJson("/api/org/units")).Items().First().GetProperty("id").GetGuid();
        using var officer = await _factory.SignedIn("demo-township");
        using var supervisor = await _factory.SignedIn("demo-supervisor");

        var stale = await officer.ReadForm($"/enforcement/cases/{caseId}", "handler=Register");
        Assert.DoesNotContain("handler=Register", await supervisor.ReadPage($"/enforcement/cases/{caseId}"), StringComparison.Ordinal);
        using (var registered = await Step(officer, caseId, "Register", new()))
        {
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
            Assert.Contains("已立案", await officer.ReadPage(registered.Headers.Location!.OriginalString), StringComparison.Ordinal);
        }

        using (var twice = await officer.PostAsync($"/enforcement/cases/{caseId}?handler=Register", stale.With(new())))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
            Assert.Contains("当前为“已立案”，不能立案", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var noLevel = await Step(officer, caseId, "Dispatch", new() { ["UnitId"] = unit.ToString() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noLevel.StatusCode);
            WebPages.FieldError(await noLevel.Content.ReadAsStringAsync(), "Level");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Step(officer, caseId, "Dispatch", new() { ["Level"] = "Township", ["UnitId"] = unit.ToString() })).StatusCode);
        var handle = await officer.ReadForm($"/enforcement/cases/{caseId}", "handler=Handle");
        using (var handled = await officer.PostAsync($"/enforcement/cases/{caseId}?handler=Handle",
                   handle.Multipart(new() { ["Note"] = "已清运垃圾" }, ("photos", "after.png", Png()))))
        {
            Assert.Equal(HttpStatusCode.Redirect, handled.StatusCode);
        }

        using (var ownHandling = await Step(officer, caseId, "Verify", new() { ["Passed"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, ownHandling.StatusCode);
        }

        using (var failedWithoutWhy = await Step(supervisor, caseId, "Verify", new() { ["Passed"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, failedWithoutWhy.StatusCode);
            Assert.Contains("核查不通过须说明原因", WebPages.FieldError(await failedWithoutWhy.Content.ReadAsStringAsync(), "Note"), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await Step(supervisor, caseId, "Verify", new() { ["Passed"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Step(supervisor, caseId, "Close", new())).StatusCode);
        var closed = await _admin.GetJson($"/api/enforcement/cases/{caseId}");
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        Assert.Equal("demo-supervisor", closed.GetProperty("verifier").GetString());
        Assert.Equal("Handling", Assert.Single(closed.GetProperty("photos").Items()).GetProperty("stage").GetString());
        var page = await officer.ReadPage($"/enforcement/cases/{caseId}");
        Assert.Contains("已清运垃圾", page, StringComparison.Ordinal);
        Assert.Contains($"/api/enforcement/cases/{caseId}/photos/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=", page[page.IndexOf("<main>", StringComparison.Ordinal)..].Replace("handler=Contact", ""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reporters_phone_shows_only_to_the_townships_officer_on_request_and_the_read_is_recorded()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var caseId = await CitizenCase(township, "13812345678");
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var read = await supervisor.ReadPage($"/enforcement/cases/{caseId}");
        Assert.Contains("138****5678", read, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Contact", read, StringComparison.Ordinal);

        using var officer = await _factory.SignedIn("demo-township");
        Assert.DoesNotContain("13812345678", await officer.ReadPage($"/enforcement/cases/{caseId}"), StringComparison.Ordinal);
        var form = await officer.ReadForm($"/enforcement/cases/{caseId}", "handler=Contact");
        using var shown = await officer.PostAsync($"/enforcement/cases/{caseId}?handler=Contact", form.With(new()));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains("13812345678", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var history = (await _admin.GetJson($"/api/enforcement/cases/{caseId}")).GetProperty("history").Items();
        Assert.Contains(history, e => e.GetProperty("action").GetString() == "查看举报人联系电话" && e.GetProperty("actor").GetString() == "demo-township");
    }

    [Fact]
    public async Task The_case_list_filters_shows_ledgers_to_who_may_export_them_and_public_pages_stay_open_where_the_module_is_off()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var first = await CitizenCase(township);
        await CitizenCase(township, "13700000000");
        using (await _admin.PostJson($"/api/enforcement/cases/{first}/register", new { }))
        {
        }

        using var officer = await _factory.SignedIn("demo-township");
        var all = await officer.ReadPage("/enforcement");
        Assert.Equal(2, CaseLinks(all));
        Assert.Contains($"href=\"/api/enforcement/townships/{township}/ledgers/cases?format=xlsx\"", all, StringComparison.Ordinal);
        Assert.Equal(1, CaseLinks(await officer.ReadPage("/enforcement?state=Registered")));
        Assert.Equal(0, CaseLinks(await officer.ReadPage("/enforcement?category=Flyposting")));
        using (var ledger = await officer.GetAsync($"/api/enforcement/townships/{township}/ledgers/cases?format=csv"))
        {
            Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        }

        using var unit = await _factory.SignedIn("demo-unit");
        var unitList = await unit.ReadPage($"/enforcement?townshipId={township}");
        Assert.Equal(0, CaseLinks(unitList)); // nothing is dispatched to the unit yet
        Assert.DoesNotContain("ledgers/", unitList, StringComparison.Ordinal);

        using (var off = await _admin.PutJson($"/api/townships/{township}/modules/enforcement", new { enabled = false, reason = "试点暂停" }))
        {
            Assert.True(off.IsSuccessStatusCode, await off.Content.ReadAsStringAsync());
        }

        Assert.Equal("/denied", (await officer.GetAsync("/enforcement")).Headers.Location!.AbsolutePath);
        Assert.Contains("随手拍", await officer.ReadPage("/report"), StringComparison.Ordinal);
        using var anonymous = _factory.Browser();
        var form = await anonymous.ReadForm("/report", "multipart/form-data");
        using var refused = await anonymous.PostAsync("/report", form.Multipart(new()
        {
            ["TownshipId"] = township.ToString(), ["Category"] = "Dumping", ["Description"] = "垃圾", ["Address"] = "柳河桥",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("暂未开通随手拍举报受理", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static int CaseLinks(string html) => html.Split("href=\"/enforcement/cases/").Length - 1;

    [Fact]
    public async Task An_administrator_adds_and_removes_calendar_days_with_errors_beside_the_fields_and_others_only_read()
    {
        const string page = "/enforcement/calendar?year=2026";
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var read = await supervisor.ReadPage(page);
        Assert.Contains("本年度尚未登记节假日", read, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Add", read, StringComparison.Ordinal);
        await supervisor.ReadPage("/enforcement/calendar?year=1800", HttpStatusCode.BadRequest);

        using var admin = await _factory.SignedIn("demo-admin");
        var add = await admin.ReadForm(page, "handler=Add");
        const string addAction = "/enforcement/calendar?year=2026&handler=Add";
        using var refused = await admin.PostAsync(addAction, add.With(new() { ["Date"] = "2026-10-01", ["Kind"] = "", ["Name"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        WebPages.FieldError(html, "Kind");
        WebPages.FieldError(html, "Name");

        using var added = await admin.PostAsync(addAction, add.With(new() { ["Date"] = "2026-10-01", ["Kind"] = "Holiday", ["Name"] = "国庆节" }));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("国庆节", await admin.ReadPage(added.Headers.Location!.OriginalString), StringComparison.Ordinal);
        using var twice = await admin.PostAsync(addAction, add.With(new() { ["Date"] = "2026-10-01", ["Kind"] = "Holiday", ["Name"] = "国庆节" }));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("日期不能重复", WebPages.FieldError(await twice.Content.ReadAsStringAsync(), "Date"), StringComparison.Ordinal);
        Assert.Single((await _admin.GetJson("/api/enforcement/calendar/2026")).GetProperty("days").Items());

        using var notAllowed = await supervisor.PostAsync(addAction,
            (await supervisor.ReadLayoutForm(page, "")).With(new() { ["Date"] = "2026-10-02", ["Kind"] = "Holiday", ["Name"] = "国庆节" }));
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);

        var remove = await admin.ReadForm(page, "handler=Remove");
        using var removed = await admin.PostAsync("/enforcement/calendar?year=2026&handler=Remove", remove.With(new()));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await _admin.GetJson("/api/enforcement/calendar/2026")).GetProperty("days").Items());
    }

    [Fact]
    public async Task The_frontage_agreements_list_shows_a_townships_frontages_to_those_who_may_read_them()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var registered = await _admin.PostJson("/api/enforcement/frontages", new
        {
            townshipId = township, name = "老街烧饼店", address = "解放路8号", partyMember = false, agreementSignedOn = "2026-01-05",
            duties = new[] { "Cleanliness", "Order" },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        using var grid = await _factory.SignedIn("demo-grid");
        Assert.Contains("href=\"/enforcement/frontages\"", await grid.ReadPage("/"), StringComparison.Ordinal);
        var list = await grid.ReadPage("/enforcement/frontages");
        Assert.Contains("老街烧饼店", list, StringComparison.Ordinal);
        Assert.Contains("包卫生、包秩序", list, StringComparison.Ordinal);

        using var unit = await _factory.SignedIn("demo-unit");
        using var denied = await unit.GetAsync("/enforcement/frontages");
        Assert.Equal("/denied", denied.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_township_officer_registers_and_corrects_a_frontage_agreement_on_the_version_read()
    {
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var officer = await _factory.SignedIn("demo-township");
        Assert.Contains($"href=\"/enforcement/frontages/new?townshipId={township}\"", await officer.ReadPage("/enforcement/frontages"), StringComparison.Ordinal);
        var form = await officer.ReadForm("/enforcement/frontages/new");
        using (var refused = await officer.PostAsync("/enforcement/frontages/new", form.With(new() { ["Name"] = "", ["Address"] = "解放路8号", ["AgreementSignedOn"] = today })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            WebPages.FieldError(html, "Name");
            Assert.Contains("至少包含一项责任", WebPages.FieldError(html, "Duties"), StringComparison.Ordinal);
        }

        Assert.Empty((await _admin.GetJson($"/api/enforcement/townships/{township}/frontages")).Items());
        using var registered = await officer.PostAsync("/enforcement/frontages/new", form.With(new()
        {
            ["Name"] = "老街烧饼店", ["Address"] = "解放路8号", ["AgreementSignedOn"] = today, ["Duties"] = "Cleanliness",
        }));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var list = await officer.ReadPage(registered.Headers.Location!.OriginalString);
        Assert.Contains("已登记门前五包责任书", list, StringComparison.Ordinal);
        var frontage = Assert.Single((await _admin.GetJson($"/api/enforcement/townships/{township}/frontages")).Items()).GetProperty("id").GetGuid();
        var edit = $"/enforcement/frontages/{frontage}/edit";
        Assert.Contains($"href=\"{edit}\"", list, StringComparison.Ordinal);

        var correction = await officer.ReadForm(edit);
        var corrected = new Dictionary<string, string>
        {
            ["Name"] = "老街烧饼店（东店）", ["Address"] = "解放路10号", ["AgreementSignedOn"] = today, ["Duties"] = "Order", ["PartyMember"] = "true",
        };
        using (var empty = await officer.PostAsync(edit, correction.With(new(corrected) { ["Address"] = "" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
            WebPages.FieldError(await empty.Content.ReadAsStringAsync(), "Address");
        }

        using var saved = await officer.PostAsync(edit, correction.With(corrected));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("已更正门前五包责任书", await officer.ReadPage(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var read = await _admin.GetJson($"/api/enforcement/frontages/{frontage}");
        Assert.Equal("老街烧饼店（东店）", read.GetProperty("name").GetString());
        Assert.True(read.GetProperty("partyMember").GetBoolean());
        Assert.Equal("Order", Assert.Single(read.GetProperty("duties").Items()).GetString());
        Assert.Equal(1, read.GetProperty("version").GetInt32());

        // The same form again carries the version it was read at: the correction saved meanwhile is not overwritten.
        using (var stale = await officer.PostAsync(edit, correction.With(new(corrected) { ["Name"] = "旧表单" })))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Contains("已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var staleApi = await _admin.PutJson($"/api/enforcement/frontages/{frontage}", new
               {
                   name = "旧", address = "旧", agreementSignedOn = today, duties = new[] { "Order" }, partyMember = false, version = 0,
               }))
        {
            Assert.Equal(1, (await staleApi.AssertProblem(409)).GetProperty("currentVersion").GetInt32());
        }

        await (await _admin.PutJson($"/api/enforcement/frontages/{frontage}", new { name = "x", address = "y", agreementSignedOn = today, duties = new[] { "Order" } }))
            .AssertFields("version");
        Assert.Equal("老街烧饼店（东店）", (await _admin.GetJson($"/api/enforcement/frontages/{frontage}")).GetProperty("name").GetString());

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var readOnly = await supervisor.ReadPage($"/enforcement/frontages?townshipId={township}");
        Assert.Contains("老街烧饼店（东店）", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("/enforcement/frontages/new", readOnly, StringComparison.Ordinal);
        Assert.DoesNotContain(edit, readOnly, StringComparison.Ordinal);
        using var forbidden = await supervisor.PostAsync(edit, (await supervisor.ReadForm(edit)).With(corrected));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_exposures_list_shows_a_year_of_exposures_with_the_ledger_to_those_who_may_export_it()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var other = await DemoCity.TownshipId(_admin, "城关街道");
        foreach (var (townshipId, outlet) in new (Guid?, string)[] { (township, "清源融媒"), (null, "省爱卫办暗访"), (other, "城关微信公众号") })
        {
            using var recorded = await _admin.PostJson("/api/enforcement/exposures", new
            {
                kind = townshipId is null ? "ProvincialUndercover" : "MediaTypicalCase", date = today, townshipId, outlet, description = $"{outlet}曝光占道经营",
            });
            Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        }

        using var officer = await _factory.SignedIn("demo-township");
        Assert.Contains("href=\"/enforcement/exposures\"", await officer.ReadPage("/"), StringComparison.Ordinal);
        var own = await officer.ReadPage("/enforcement/exposures");
        Assert.Contains("清源融媒", own, StringComparison.Ordinal);
        Assert.DoesNotContain("省爱卫办暗访", own, StringComparison.Ordinal);
        Assert.DoesNotContain("城关微信公众号", own, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/enforcement/townships/{township}/ledgers/exposures?format=xlsx&from={today.Year}-01-01&to={today.Year}-12-31\"", own,
            StringComparison.Ordinal);
        Assert.Contains("本年度没有曝光记录", await officer.ReadPage($"/enforcement/exposures?year={today.Year - 1}"), StringComparison.Ordinal);
        WebPages.FieldError(await officer.ReadPage("/enforcement/exposures?year=1900", HttpStatusCode.BadRequest), "Year");

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var all = await supervisor.ReadPage("/enforcement/exposures");
        Assert.Contains("城关微信公众号", all, StringComparison.Ordinal);
        Assert.Contains("清源融媒", all, StringComparison.Ordinal);
        Assert.Contains("省暗访曝光", all, StringComparison.Ordinal);
        Assert.DoesNotContain("ledgers/exposures", all, StringComparison.Ordinal);
        Assert.Contains($"/api/enforcement/townships/{other}/ledgers/exposures", await supervisor.ReadPage($"/enforcement/exposures?townshipId={other}"), StringComparison.Ordinal);
        using var grid = await _factory.SignedIn("demo-grid");
        using var denied = await grid.GetAsync("/enforcement/exposures");
        Assert.Equal("/denied", denied.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_township_officer_rates_frontages_on_the_page_and_the_third_failure_opens_a_case_on_the_black_list()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var registered = await _admin.PostJson("/api/enforcement/frontages", new
        {
            townshipId = township, name = "老街烧饼店", address = "解放路8号", partyMember = false, agreementSignedOn = "2026-01-05",
            duties = new[] { "Cleanliness", "Order" },
        });
        var frontage = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var rate = $"/enforcement/frontages/{frontage}/rate";
        using var officer = await _factory.SignedIn("demo-township");
        Assert.Contains($"href=\"{rate}\"", await officer.ReadPage("/enforcement/frontages"), StringComparison.Ordinal);
        var lists = $"/enforcement/frontages/lists?townshipId={township}";
        Assert.Contains($"href=\"{lists}\"", await officer.ReadPage("/enforcement/frontages"), StringComparison.Ordinal);

        var form = await officer.ReadForm(rate);
        Assert.Contains($"name=\"RatedOn\" value=\"{today:yyyy-MM-dd}\"", form.Html, StringComparison.Ordinal);
        using (var refused = await officer.PostAsync(rate, form.With(new() { ["RatedOn"] = $"{today:yyyy-MM-dd}", ["Rater"] = "巡查员", ["Passed"] = "false" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("指明哪项责任", WebPages.FieldError(await refused.Content.ReadAsStringAsync(), "FailedDuties"), StringComparison.Ordinal);
        }

        Assert.Equal(0, await Ratings(township));
        string? opened = null;
        for (var daysAgo = 2; daysAgo >= 0; daysAgo--)
        {
            using var failed = await officer.PostAsync(rate, form.With(new()
            {
                ["RatedOn"] = today.AddDays(-daysAgo).ToString("yyyy-MM-dd"), ["Rater"] = "巡查员", ["Passed"] = "false", ["FailedDuties"] = "Order", ["Note"] = "占道摆放桌椅",
            }));
            Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
            var location = failed.Headers.Location!.OriginalString;
            Assert.Equal(daysAgo == 0, location.Contains("case=", StringComparison.Ordinal));
            var notice = await officer.ReadPage(location);
            Assert.Contains("已登记评定", notice, StringComparison.Ordinal);
            if (daysAgo == 0)
            {
                opened = Uri.UnescapeDataString(location[(location.IndexOf("case=", StringComparison.Ordinal) + 5)..]);
                Assert.Contains($"已立案：{opened}", notice, StringComparison.Ordinal);
            }
        }

        Assert.Equal(3, await Ratings(township));
        var cases = (await _admin.GetJson($"/api/enforcement/townships/{township}/cases?pageSize=200")).GetProperty("items").Items();
        var @case = Assert.Single(cases, c => c.GetProperty("number").GetString() == opened);
        Assert.Equal("StreetOccupation", @case.GetProperty("category").GetString());
        var black = await officer.ReadPage(lists);
        Assert.Contains("data-testid=\"black-list\"", black, StringComparison.Ordinal);
        Assert.Contains("老街烧饼店", black[black.IndexOf("black-list", StringComparison.Ordinal)..], StringComparison.Ordinal);
        WebPages.FieldError(await officer.ReadPage($"{lists}&from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}", HttpStatusCode.BadRequest), "To");

        // The city's supervisor reads the lists but does not rate; a grid worker rates but has no lists.
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        Assert.DoesNotContain(rate, await supervisor.ReadPage($"/enforcement/frontages?townshipId={township}"), StringComparison.Ordinal);
        Assert.Contains("老街烧饼店", await supervisor.ReadPage(lists), StringComparison.Ordinal);
        Assert.DoesNotContain("提交评定", await supervisor.ReadPage(rate), StringComparison.Ordinal);
        using var forbidden = await supervisor.PostAsync(rate, (await supervisor.ReadLayoutForm(rate, "")).With(new()
        {
            ["RatedOn"] = $"{today:yyyy-MM-dd}", ["Rater"] = "督查员", ["Passed"] = "true",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(3, await Ratings(township));
        using var grid = await _factory.SignedIn("demo-grid");
        Assert.DoesNotContain("/enforcement/frontages/lists", await grid.ReadPage("/enforcement/frontages"), StringComparison.Ordinal);
    }

    private async Task<int> Ratings(Guid township) =>
        (await _admin.GetJson($"/api/enforcement/townships/{township}/frontages/lists")).GetProperty("black").Items()
        .Concat((await _admin.GetJson($"/api/enforcement/townships/{township}/frontages/lists")).GetProperty("red").Items())
        .Sum(s => s.GetProperty("ratings").GetInt32());

    [Fact]
    public async Task A_city_supervisor_records_exposures_on_the_page_from_a_case_and_for_the_whole_city()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var caseId = await CitizenCase(township);
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        Assert.Contains("href=\"/enforcement/exposures/new\"", await supervisor.ReadPage("/enforcement/exposures"), StringComparison.Ordinal);
        var fromCase = $"/enforcement/exposures/new?caseId={caseId}";
        Assert.Contains($"href=\"{fromCase}\"", await supervisor.ReadPage($"/enforcement/cases/{caseId}"), StringComparison.Ordinal);

        var form = await supervisor.ReadForm(fromCase);
        Assert.Contains(KeyValuePair.Create("TownshipId", township.ToString()), form.Fields);
        using (var refused = await supervisor.PostAsync(fromCase, form.With(new() { ["Kind"] = "ProvincialUndercover", ["Date"] = $"{today:yyyy-MM-dd}", ["Outlet"] = "", ["Description"] = "占道经营未整改" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            WebPages.FieldError(await refused.Content.ReadAsStringAsync(), "Outlet");
        }

        Assert.Empty((await _admin.GetJson($"/api/enforcement/exposures?year={today.Year}")).Items());
        using var recorded = await supervisor.PostAsync(fromCase, form.With(new()
        {
            ["Kind"] = "ProvincialUndercover", ["Date"] = $"{today:yyyy-MM-dd}", ["Outlet"] = "省爱卫办暗访专题片", ["Description"] = "柳河镇占道经营未整改",
        }));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var list = await supervisor.ReadPage(recorded.Headers.Location!.OriginalString);
        Assert.Contains("已登记曝光", list, StringComparison.Ordinal);
        Assert.Contains("省爱卫办暗访专题片", list, StringComparison.Ordinal);
        var exposure = Assert.Single((await _admin.GetJson($"/api/enforcement/exposures?year={today.Year}")).Items());
        Assert.Equal(caseId, exposure.GetProperty("caseId").GetGuid());
        Assert.Equal(township, exposure.GetProperty("townshipId").GetGuid());

        var cityWide = await supervisor.ReadForm("/enforcement/exposures/new");
        using var city = await supervisor.PostAsync("/enforcement/exposures/new", cityWide.With(new()
        {
            ["TownshipId"] = "", ["Kind"] = "JointAction", ["Date"] = $"{today:yyyy-MM-dd}", ["Outlet"] = "清源融媒", ["Description"] = "媒体执法联动整治夜市",
        }));
        Assert.Equal(HttpStatusCode.Redirect, city.StatusCode);
        var both = (await _admin.GetJson($"/api/enforcement/exposures?year={today.Year}")).Items();
        Assert.Equal(2, both.Count());
        Assert.Contains(both, e => e.GetProperty("outlet").GetString() == "清源融媒" && e.GetProperty("townshipId").ValueKind == JsonValueKind.Null);

        // A township officer reads the township's exposures but records none.
        using var officer = await _factory.SignedIn("demo-township");
        Assert.DoesNotContain("/enforcement/exposures/new", await officer.ReadPage("/enforcement/exposures"), StringComparison.Ordinal);
        Assert.DoesNotContain("/enforcement/exposures/new", await officer.ReadPage($"/enforcement/cases/{caseId}"), StringComparison.Ordinal);
        Assert.DoesNotContain("<textarea", await officer.ReadPage(fromCase), StringComparison.Ordinal);
    }
}
