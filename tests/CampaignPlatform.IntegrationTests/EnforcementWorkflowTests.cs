using System.Net;
using System.Text;
using System.Text.Json;
using CampaignPlatform.Kernel.Assessment;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static CampaignPlatform.IntegrationTests.EnforcementApi;

namespace CampaignPlatform.IntegrationTests;

/// <summary>Officers' work on enforcement cases over HTTP: every transition, the calendar, escalation, exposures, score line, ledgers.</summary>
[Collection(HostCollection.Name)]
public sealed class EnforcementWorkflowTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(MondayMorning);
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    /// <summary>The city supervisor, who verifies what the administrator's client recorded as handled.</summary>
    private readonly HttpClient _verifier;

    public EnforcementWorkflowTests()
    {
        _factory = new PlatformFactory(_clock, new Dictionary<string, string?> { ["Enforcement:Intake:PermitsPerMinute"] = "1000" });
        _client = _factory.CreateClient();
        _verifier = _factory.CreateClientFor("demo-supervisor");
    }

    public void Dispose()
    {
        _verifier.Dispose();
        _factory.Dispose();
    }

    private async Task<Guid> Unit() => (await _client.GetJson("/api/org/units")).Items().First().GetProperty("id").GetGuid();

    private async Task<JsonElement> OpenCase(Guid township, string category = "Dumping", string source = "Patrol") =>
        await Created(await _client.PostJson("/api/enforcement/cases",
            new { townshipId = township, category, source, description = "巡查发现垃圾堆放", address = "解放路12号" }));

    private async Task<Guid> DispatchedCase(Guid township, string level = "Village", string category = "Dumping")
    {
        var id = (await OpenCase(township, category)).GetProperty("id").GetGuid();
        await Step(_client, id, "register", new { });
        await Step(_client, id, "dispatch", new { level, unitId = await Unit() });
        return id;
    }

    [Fact]
    public async Task A_case_goes_through_every_step_and_impossible_steps_are_409_with_the_current_state()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var opened = await OpenCase(township);
        var id = opened.GetProperty("id").GetGuid();
        Assert.Equal("Reported", opened.GetProperty("state").GetString());
        Assert.Equal("巡查发现", opened.GetProperty("sourceZh").GetString());

        await AssertConflict(_client, id, "dispatch", new { level = "Village", unitId = await Unit() }, "Reported");
        await AssertConflict(_client, id, "close", new { }, "Reported");
        Assert.Equal("Registered", (await Step(_client, id, "register", new { note = "属实" })).GetProperty("state").GetString());
        await AssertConflict(_client, id, "register", new { }, "Registered");

        await AssertFields(await _client.PostJson($"/api/enforcement/cases/{id}/dispatch", new { }), "level", "unitId");
        await (await _client.PostJson($"/api/enforcement/cases/{id}/dispatch", new { level = "Village", unitId = Guid.NewGuid() })).AssertProblem(404);
        var dispatched = await Step(_client, id, "dispatch", new { level = "Village", unitId = await Unit() });
        Assert.Equal("Dispatched", dispatched.GetProperty("state").GetString());
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 7, 30, 0, TimeSpan.Zero), dispatched.GetProperty("handleDueAt").GetDateTimeOffset()); // 15:30 city

        using (var form = new MultipartFormDataContent
               {
                   { new StringContent("张队员"), "handler" }, { new StringContent("已清运，恢复整洁"), "note" },
               })
        {
            form.Add(new ByteArrayContent(Jpeg()), "photos", "after.jpg");
            var handled = await Ok(await _client.PostAsync($"/api/enforcement/cases/{id}/handle", form));
            Assert.Equal("Handled", handled.GetProperty("state").GetString());
            Assert.Contains(handled.GetProperty("photos").Items(), p => p.GetProperty("stage").GetString() == "Handling");
        }

        // The officer who recorded the handling may not verify it.
        using (var own = await _client.PostJson($"/api/enforcement/cases/{id}/verify", new { passed = true }))
        {
            Assert.Equal("Handled", (await own.AssertProblem(409)).GetProperty("currentState").GetString());
        }

        await AssertFields(await _verifier.PostJson($"/api/enforcement/cases/{id}/verify", new { passed = false }), "note");
        var failed = await Step(_verifier, id, "verify", new { passed = false, note = "仍有残留" });
        Assert.Equal("Dispatched", failed.GetProperty("state").GetString());
        await AssertFields(await _client.PostJson($"/api/enforcement/cases/{id}/handle", new { handler = "张队员" }), "note");
        await Step(_client, id, "handle", new { handler = "张队员", note = "残留已清理" });
        await Step(_verifier, id, "verify", new { passed = true });
        var closed = await Step(_client, id, "close", new { note = "结案" });
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        Assert.True(closed.GetProperty("closedOnTime").GetBoolean());
        var actions = closed.GetProperty("history").Items().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["巡查发现受理", "立案", "派遣至村（社区）", "处置", "核查不通过，退回处置", "处置", "核查通过", "结案"], actions);

        foreach (var action in new[] { "register", "close", "resume" })
        {
            await AssertConflict(_client, id, action, new { }, "Closed");
        }

        await AssertConflict(_verifier, id, "park", new { reason = "x" }, "Closed");
        await (await _client.PostJson($"/api/enforcement/cases/{Guid.NewGuid()}/register", new { })).AssertProblem(404);
        await (await _client.GetAsync($"/api/enforcement/cases/{Guid.NewGuid()}")).AssertProblem(404);
    }

    [Fact]
    public async Task Reports_are_rejected_with_a_reason_and_parked_cases_wait_for_resumption()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var reportId = (await OpenCase(township, source: "VillageWhistle")).GetProperty("id").GetGuid();
        await AssertFields(await _client.PostJson($"/api/enforcement/cases/{reportId}/reject", new { }), "reason");
        var rejected = await Step(_client, reportId, "reject", new { reason = "不属于执法范围" });
        Assert.Equal("Rejected", rejected.GetProperty("state").GetString());
        Assert.Equal("不属于执法范围", rejected.GetProperty("rejectReason").GetString());
        await AssertConflict(_client, reportId, "register", new { }, "Rejected");

        var id = await DispatchedCase(township);
        await AssertFields(await _verifier.PostJson($"/api/enforcement/cases/{id}/park", new { }), "reason");
        var parked = await Step(_verifier, id, "park", new { reason = "需协调产权单位" });
        Assert.True(parked.GetProperty("parked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, parked.GetProperty("stepDueAt").ValueKind);
        await AssertConflict(_client, id, "handle", new { handler = "张队员", note = "x" }, "Dispatched");
        var resumed = await Step(_client, id, "resume", new { });
        Assert.False(resumed.GetProperty("parked").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, resumed.GetProperty("stepDueAt").ValueKind);

        await AssertFields(await _client.PostJson("/api/enforcement/cases", new { townshipId = township, source = "CitizenReport" }),
            "category", "source", "description", "address");
    }

    [Fact]
    public async Task Two_officers_taking_the_same_step_at_once_leave_one_step_and_one_409()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var id = (await OpenCase(township)).GetProperty("id").GetGuid();
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var response = await _client.PostJson($"/api/enforcement/cases/{id}/register", new { });
            return response.StatusCode;
        })));

        Assert.Single(answers, s => s == HttpStatusCode.OK);
        Assert.All(answers.Where(s => s != HttpStatusCode.OK), s => Assert.Equal(HttpStatusCode.Conflict, s));
        var history = (await _client.GetJson($"/api/enforcement/cases/{id}")).GetProperty("history").Items();
        Assert.Single(history, e => e.GetProperty("action").GetString() == "立案");
    }

    [Fact]
    public async Task The_working_calendar_is_edited_per_year_and_moves_deadlines()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var calendar = await _client.GetJson("/api/enforcement/calendar/2026");
        Assert.Equal(["08:30-12:00", "13:30-17:30"], calendar.GetProperty("workingHours").Items().Select(h => h.GetString()));

        await AssertFields(await _client.PutJson("/api/enforcement/calendar/2026",
            new { days = new[] { new { date = "2027-01-01", kind = "Holiday", name = "元旦" } } }), "days");
        var set = await Ok(await _client.PutJson("/api/enforcement/calendar/2026", new
        {
            days = new object[] { new { date = "2026-03-10", kind = "Holiday", name = "测试假日" }, new { date = "2026-03-14", kind = "MakeUpWorkday", name = "调休" } },
        }));
        Assert.Equal(2, set.GetProperty("days").GetArrayLength());

        // Flyposting: 1 working day from Monday 10:00; Tuesday is off, so Wednesday 10:00.
        var id = await DispatchedCase(township, category: "Flyposting");
        var detail = await _client.GetJson($"/api/enforcement/cases/{id}");
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 2, 0, 0, TimeSpan.Zero), detail.GetProperty("handleDueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Overdue_cases_move_up_one_level_once_per_occurrence_and_parked_ones_stay()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var village = await DispatchedCase(township, "Village");
        var townshipLevel = await DispatchedCase(township, "Township");
        var parked = await DispatchedCase(township, "Village");
        await Step(_verifier, parked, "park", new { reason = "待拆迁" });
        var onTime = await DispatchedCase(township, "Village", "MunicipalFacilityDamage"); // 5 working days

        _clock.Advance(TimeSpan.FromHours(7)); // 17:00, past the 15:30 handling deadline
        var run = await Checks.RunAndWait(_client, "enforcement.overdue-escalation");
        Assert.Equal(2, run.GetProperty("itemsCreated").GetInt32());
        await Checks.RunAndWait(_client, "enforcement.overdue-escalation");

        async Task<JsonElement> Case(Guid id) => await _client.GetJson($"/api/enforcement/cases/{id}");
        var escalated = await Case(village);
        Assert.Equal("Township", escalated.GetProperty("level").GetString());
        Assert.Single(escalated.GetProperty("history").Items(), e => e.GetProperty("action").GetString()!.StartsWith("超期升级", StringComparison.Ordinal));
        Assert.Equal("City", (await Case(townshipLevel)).GetProperty("level").GetString());
        Assert.Equal("Village", (await Case(parked)).GetProperty("level").GetString());
        Assert.Equal("Village", (await Case(onTime)).GetProperty("level").GetString());
        Assert.Equal(2, (await _client.GetJson($"/api/enforcement/townships/{township}/cases?overdue=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Citizen_cases_closed_on_time_score_the_line_and_the_nightly_check_stores_the_figures()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var unit = await Unit();
        async Task<Guid> CitizenCase(string description)
        {
            var receipt = await Submit(_client, Report(township, description: description));
            var id = await CaseId(_client, township, receipt.GetProperty("caseNumber").GetString()!);
            await Step(_client, id, "register", new { });
            await Step(_client, id, "dispatch", new { level = "Township", unitId = unit });
            return id;
        }

        var fast = await CitizenCase("第一件");
        var slow = await CitizenCase("第二件");
        var patrol = await DispatchedCase(township); // not a citizen case: not counted
        await Step(_client, fast, "handle", new { handler = "张队员", note = "已清运" });
        await Step(_verifier, fast, "verify", new { passed = true });
        await Step(_client, fast, "close", new { });
        _clock.Advance(TimeSpan.FromHours(7));
        await Step(_client, slow, "handle", new { handler = "张队员", note = "已清运" });
        await Step(_verifier, slow, "verify", new { passed = true });
        await Step(_client, slow, "close", new { });
        Assert.False((await _client.GetJson($"/api/enforcement/cases/{slow}")).GetProperty("closedOnTime").GetBoolean());
        var evidence = await Http.Eventually(() => _client.GetJson("/api/assessment/indicators/1.4/evidence"), e => e.GetArrayLength() >= 2, what: "closed cases filed");
        Assert.Equal(2, evidence.GetArrayLength());
        Assert.Equal("Patrol", (await _client.GetJson($"/api/enforcement/cases/{patrol}")).GetProperty("source").GetString());

        var card = await _client.GetJson($"/api/assessment/townships/{township}/scorecard?year=2026");
        var line = Line(card, "complaints-on-time");
        Assert.Equal(25m, line.GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(2m, line.GetProperty("figures").GetProperty("casesDue").GetDecimal());

        _clock.Advance(TimeSpan.FromDays(1));
        await Checks.RunAndWait(_client, "enforcement.on-time-rate");
        await Checks.RunAndWait(_client, "enforcement.on-time-rate");
        var rates = await _client.GetJson("/api/enforcement/on-time-rates");
        var mine = rates.Items().Single(r => r.GetProperty("townshipId").GetGuid() == township);
        Assert.Equal(2, mine.GetProperty("due").GetInt32());
        Assert.Equal(1, mine.GetProperty("onTime").GetInt32());
        Assert.Equal(0.5m, mine.GetProperty("rate").GetDecimal());
    }

    [Fact]
    public async Task Provincial_exposures_reach_the_assessment_once_and_media_exposures_do_not()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        await AssertFields(await _client.PostJson("/api/enforcement/exposures", new { date = "2999-01-01" }), "kind", "date", "outlet", "description");
        var caseId = (await OpenCase(township, source: "MediaExposure")).GetProperty("id").GetGuid();
        await Created(await _client.PostJson("/api/enforcement/exposures",
            new { kind = "MediaTypicalCase", date = "2026-03-09", townshipId = township, caseId, outlet = "市融媒体中心", description = "曝光乱堆乱放典型案例" }));
        await Created(await _client.PostJson("/api/enforcement/exposures",
            new { kind = "JointAction", date = "2026-03-09", outlet = "市电视台", description = "媒体执法联动整治占道经营" }));
        Assert.Empty((await _client.GetJson("/api/assessment/exposures?year=2026")).Items());

        var undercover = await Created(await _client.PostJson("/api/enforcement/exposures",
            new { kind = "ProvincialUndercover", date = "2026-03-09", townshipId = township, outlet = "省暗访视频", description = "背街小巷垃圾堆积" }));
        Assert.Equal("省暗访曝光", undercover.GetProperty("kindZh").GetString());
        var inAssessment = (await _client.GetJson("/api/assessment/exposures?year=2026")).Items().Single();
        Assert.Equal(township, inAssessment.GetProperty("townshipId").GetGuid());
        Assert.Equal(70m, Line(await _client.GetJson($"/api/assessment/townships/{township}/scorecard?year=2026"), "exposure").GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(3, (await _client.GetJson("/api/enforcement/exposures")).GetArrayLength());

        // A notification delivered again, even twice at once, leaves one exposure.
        var again = new ExposureRecorded("enforcement", $"exposure:{undercover.GetProperty("id").GetGuid()}", new DateOnly(2026, 3, 9), township, "重复", "省暗访曝光");
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(again, CancellationToken.None);
        }));
        Assert.Single((await _client.GetJson("/api/assessment/exposures?year=2026")).Items());
        await (await _client.PostJson("/api/enforcement/exposures",
            new { kind = "ProvincialUndercover", date = "2026-03-09", townshipId = Guid.NewGuid(), outlet = "省暗访视频", description = "x" })).AssertProblem(404);
    }

    [Fact]
    public async Task Ledgers_export_cases_and_exposures_with_chinese_headers_and_no_phone_numbers()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        await Submit(_client, Report(township, phone: "13812345678"));
        await DispatchedCase(township);
        await Created(await _client.PostJson("/api/enforcement/exposures",
            new { kind = "MediaTypicalCase", date = "2026-03-09", townshipId = township, outlet = "市融媒体中心", description = "曝光典型案例" }));

        using var csv = await _client.GetAsync($"/api/enforcement/townships/{township}/ledgers/cases?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("案件编号,类别,来源,状态", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("随手拍", text);
        Assert.DoesNotContain("13812345678", text);

        using var exposures = await _client.GetAsync($"/api/enforcement/townships/{township}/ledgers/exposures?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, exposures.StatusCode);
        Assert.True((await exposures.Content.ReadAsByteArrayAsync()).Length > 100);
        using var exposureCsv = await _client.GetAsync($"/api/enforcement/townships/{township}/ledgers/exposures");
        Assert.Contains("典型案例媒体曝光", await exposureCsv.Content.ReadAsStringAsync());
        await (await _client.GetAsync($"/api/enforcement/townships/{township}/ledgers/nonsense")).AssertProblem(404); // no such ledger
        await (await _client.GetAsync($"/api/enforcement/townships/{township}/ledgers/cases?from=2026-03-01&to=2026-02-01")).AssertProblem(400);
    }

    [Fact]
    public async Task Frontages_are_rated_the_third_failure_in_30_days_opens_one_case_and_the_lists_rank_them()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var unit = await Unit();
        async Task<Guid> Frontage(string name, Guid? unitId = null) =>
            (await Created(await _client.PostJson("/api/enforcement/frontages", new
            {
                townshipId = township, name, address = "解放路" + name, unitId, partyMember = unitId is not null, agreementSignedOn = "2026-01-05",
                duties = new[] { "Cleanliness", "Order", "Greening", "Facilities", "Appearance" },
            }))).GetProperty("id").GetGuid();
        await AssertFields(await _client.PostJson("/api/enforcement/frontages", new { townshipId = township, agreementSignedOn = "2999-01-01" }),
            "name", "address", "agreementSignedOn", "duties");

        var shop = await Frontage("老王面馆");
        var office = await Frontage("城管执法局门前", unit);
        Task<HttpResponseMessage> Rate(Guid id, string on, bool passed, params string[] failed) =>
            _client.PostJson($"/api/enforcement/frontages/{id}/ratings", new { ratedOn = on, rater = "巡查队员", passed, failedDuties = failed });
        await AssertFields(await Rate(shop, "2026-03-01", false), "failedDuties");

        Assert.Null((await Created(await Rate(shop, "2026-01-20", false, "Order"))).GetProperty("caseOpened").GetString()); // outside 30 days of the rest
        Assert.Null((await Created(await Rate(shop, "2026-02-20", false, "Cleanliness"))).GetProperty("caseOpened").GetString());
        Assert.Null((await Created(await Rate(shop, "2026-03-02", false, "Cleanliness"))).GetProperty("caseOpened").GetString());
        var third = await Created(await Rate(shop, "2026-03-09", false, "Order"));
        var number = third.GetProperty("caseOpened").GetString();
        Assert.Equal(3, third.GetProperty("failedInWindow").GetInt32());
        Assert.Matches(@"^ZF-2026-\d{6}$", number);
        Assert.Null((await Created(await Rate(shop, "2026-03-09", false, "Order"))).GetProperty("caseOpened").GetString()); // the case is open
        var opened = await _client.GetJson($"/api/enforcement/cases/{await CaseId(_client, township, number!)}");
        Assert.Equal("StreetOccupation", opened.GetProperty("category").GetString());
        Assert.Equal("Patrol", opened.GetProperty("source").GetString());

        await Created(await Rate(office, "2026-03-02", true));
        await Created(await Rate(office, "2026-03-09", true));
        var lists = await _client.GetJson($"/api/enforcement/townships/{township}/frontages/lists");
        Assert.Equal(office, lists.GetProperty("red").Items().Single().GetProperty("frontageId").GetGuid());
        Assert.Equal(shop, lists.GetProperty("black").Items().Single().GetProperty("frontageId").GetGuid());
        var record = await _client.GetJson($"/api/enforcement/units/{unit}/frontages");
        Assert.Equal(1, record.GetProperty("redListed").GetInt32());
        Assert.Equal(2, record.GetProperty("frontages").Items().Single().GetProperty("ratings").GetInt32());
        await (await _client.PostJson($"/api/enforcement/frontages/{Guid.NewGuid()}/ratings", new { ratedOn = "2026-03-09", rater = "x", passed = true })).AssertProblem(404);
    }

    private static JsonElement Line(JsonElement card, string code)
    {
        static IEnumerable<JsonElement> All(JsonElement lines) =>
            lines.Items().SelectMany(l => new[] { l }.Concat(All(l.GetProperty("children"))));
        return All(card.GetProperty("lines")).Single(l => l.GetProperty("code").GetString() == code);
    }
}
