using System.Net;
using System.Text;
using CampaignPlatform.Kernel.Assessment;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The national standard's catalogue, recorded values, evidence links, readiness and the evidence pack.</summary>
[Collection(HostCollection.Name)]
public sealed class AssessmentStandardTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public AssessmentStandardTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task Publish(EvidenceRecorded evidence)
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(evidence);
    }

    private async Task<int> EvidenceCount(string code) => (await _client.GetJson($"/api/assessment/indicators/{code}/evidence")).GetArrayLength();

    [Fact]
    public async Task The_catalogue_holds_the_11_prerequisites_and_indicators_of_the_8_categories_marked_to_verify()
    {
        var prerequisites = (await _client.GetJson("/api/assessment/indicators?kind=Prerequisite")).Items().ToList();
        Assert.Equal(11, prerequisites.Count);
        Assert.All(prerequisites, p => Assert.Equal("必备条件", p.GetProperty("categoryZh").GetString()));

        var indicators = (await _client.GetJson("/api/assessment/indicators?kind=Indicator")).Items().ToList();
        Assert.Equal(8, indicators.Select(i => i.GetProperty("category").GetInt32()).Distinct().Count());
        var codes = indicators.Select(i => i.GetProperty("code").GetString()).ToHashSet();
        foreach (var code in new[] { "1.4", "2.1", "3.1", "3.6", "5.1", "5.3", "7.3" })
        {
            Assert.Contains(code, codes);
        }

        Assert.All(indicators.Concat(prerequisites), i => Assert.Contains("verified", i.GetProperty("note").GetString()));
        var green = await _client.GetJson("/api/assessment/indicators/3.4");
        Assert.Equal(36m, green.GetProperty("thresholdValue").GetDecimal());
        Assert.Equal("AtLeast", green.GetProperty("comparison").GetString());
        await (await _client.GetAsync("/api/assessment/indicators/9.9")).AssertProblem(404);
    }

    [Fact]
    public async Task An_indicator_can_be_edited_and_its_values_decide_whether_it_is_met()
    {
        using var edited = await _client.PutJson("/api/assessment/indicators/4.4", new
        {
            nameZh = "区域环境噪声", thresholdText = "建成区区域环境噪声平均值 ≤ 58 dB(A)", thresholdValue = 58, comparison = "AtMost",
            unit = "dB(A)", leadUnit = "市生态环境局", note = "已核对 2014 版原文",
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(58m, (await edited.ReadJson()).GetProperty("thresholdValue").GetDecimal());

        using var quiet = await _client.PostJson("/api/assessment/indicators/4.4/values", new { value = 55.5, date = "2026-05-01", note = "监测站年均" });
        Assert.True((await quiet.ReadJson()).GetProperty("met").GetBoolean());
        using var loud = await _client.PostJson("/api/assessment/indicators/4.4/values", new { value = 61, date = "2026-06-01" });
        Assert.False((await loud.ReadJson()).GetProperty("met").GetBoolean());
        using var older = await _client.PostJson("/api/assessment/indicators/4.4/values", new { value = 50, date = "2026-01-01" });
        var current = await older.ReadJson();
        Assert.Equal(61m, current.GetProperty("lastValue").GetDecimal()); // the newest by date stays current
        Assert.False(current.GetProperty("met").GetBoolean());

        var noValue = await (await _client.PostJson("/api/assessment/indicators/4.4/values", new { met = true, date = "2026-06-02" })).AssertProblem(400);
        Assert.True(noValue.GetProperty("errors").TryGetProperty("value", out _));
        var missing = await (await _client.PostJson("/api/assessment/indicators/4.4/values", new { note = "?" })).AssertProblem(400);
        Assert.True(missing.GetProperty("errors").TryGetProperty("date", out _));
        await (await _client.PostJson("/api/assessment/indicators/9.9/values", new { value = 1, date = "2026-06-02" })).AssertProblem(404);
        await (await _client.PutJson("/api/assessment/indicators/9.9", new { nameZh = "x", thresholdText = "x" })).AssertProblem(404);
        var badEdit = await (await _client.PutJson("/api/assessment/indicators/4.4", new { nameZh = "", thresholdText = "x", thresholdValue = 3 })).AssertProblem(400);
        Assert.True(badEdit.GetProperty("errors").TryGetProperty("nameZh", out _));
        Assert.Contains("比较方式", badEdit.GetProperty("errors").GetProperty("comparison")[0].GetString());

        using var stated = await _client.PostJson("/api/assessment/indicators/P1/values", new { met = true, date = "2026-02-01", note = "《清源市爱国卫生条例》" });
        Assert.True((await stated.ReadJson()).GetProperty("met").GetBoolean());
    }

    [Fact]
    public async Task Evidence_published_twice_at_once_is_linked_once_and_unknown_codes_are_ignored()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        for (var round = 0; round < 5; round++)
        {
            var evidence = new EvidenceRecorded("hygiene", $"disinfection-log:{round}", township, ["5.1", "7.3", "9.9"], "集市消毒记录", new DateOnly(2026, 4, 1 + round));
            // SQLite answers synchronously: without Task.Run the three would run one after the other.
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Publish(evidence))));
        }

        await Publish(new EvidenceRecorded("hygiene", "disinfection-log:0", township, ["5.1"], "集市消毒记录", new DateOnly(2026, 4, 1)));
        Assert.Equal(5, await EvidenceCount("5.1"));
        Assert.Equal(5, await EvidenceCount("7.3"));
        await (await _client.GetAsync("/api/assessment/indicators/9.9/evidence")).AssertProblem(404);
    }

    [Fact]
    public async Task An_administrator_links_evidence_by_hand_once_per_source()
    {
        var body = new { indicatorCodes = new[] { "1.4", "P11" }, sourceModule = "manual", sourceReference = "survey-2026-q1", description = "第三方满意度调查报告", date = "2026-04-10" };
        using var first = await _client.PostJson("/api/assessment/evidence", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.All((await first.ReadJson()).Items(), l => Assert.True(l.GetProperty("created").GetBoolean()));
        using var again = await _client.PostJson("/api/assessment/evidence", body);
        Assert.All((await again.ReadJson()).Items(), l => Assert.False(l.GetProperty("created").GetBoolean()));
        Assert.Equal(1, await EvidenceCount("1.4"));

        await (await _client.PostJson("/api/assessment/evidence", body with { indicatorCodes = new[] { "1.4", "9.9" } })).AssertProblem(404);
        await (await _client.PostJson("/api/assessment/evidence", new { indicatorCodes = new[] { "1.4" }, sourceModule = "manual", sourceReference = "x", townshipId = Guid.NewGuid(), description = "x", date = "2026-04-10" })).AssertProblem(404);
        var invalid = await (await _client.PostJson("/api/assessment/evidence", new { indicatorCodes = Array.Empty<string>() })).AssertProblem(400);
        foreach (var field in new[] { "indicatorCodes", "sourceModule", "sourceReference", "description", "date" })
        {
            Assert.True(invalid.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        Assert.Equal(1, await EvidenceCount("1.4"));
        Assert.Equal(1, await EvidenceCount("P11"));
    }

    [Fact]
    public async Task Readiness_lists_what_lacks_evidence_and_the_prerequisites_not_met()
    {
        await Publish(new EvidenceRecorded("hygiene", "log:1", null, ["5.1"], "消毒记录", new DateOnly(2026, 3, 1)));
        await Publish(new EvidenceRecorded("hygiene", "log:2", null, ["5.1", "P3"], "消毒记录", new DateOnly(2026, 3, 9)));
        (await _client.PostJson("/api/assessment/indicators/P3/values", new { value = 92.5, date = "2026-03-01" })).Dispose();
        (await _client.PostJson("/api/assessment/indicators/P4/values", new { value = 80, date = "2026-03-01" })).Dispose();

        var readiness = await _client.GetJson("/api/assessment/readiness");
        var lines = readiness.GetProperty("lines").Items().ToDictionary(l => l.GetProperty("code").GetString()!);
        Assert.Equal(2, lines["5.1"].GetProperty("evidenceCount").GetInt32());
        Assert.Equal("2026-03-09", lines["5.1"].GetProperty("lastEvidenceOn").GetString());
        Assert.True(lines["P3"].GetProperty("met").GetBoolean());
        Assert.False(lines["P4"].GetProperty("met").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lines["P5"].GetProperty("met").ValueKind);

        var withoutEvidence = readiness.GetProperty("indicatorsWithoutEvidence").Items().Select(c => c.GetString()).ToList();
        Assert.DoesNotContain("5.1", withoutEvidence);
        Assert.Contains("7.3", withoutEvidence);
        var prerequisitesWithout = readiness.GetProperty("prerequisitesWithoutEvidence").Items().Select(c => c.GetString()).ToList();
        Assert.Equal(10, prerequisitesWithout.Count);
        Assert.DoesNotContain("P3", prerequisitesWithout);
        var notMet = readiness.GetProperty("prerequisitesNotMet").Items().Select(c => c.GetString()).ToList();
        Assert.Equal(10, notMet.Count);
        Assert.Contains("P4", notMet);
        Assert.DoesNotContain("P3", notMet);
    }

    [Fact]
    public async Task The_evidence_pack_exports_as_a_spreadsheet_and_csv_with_chinese_headers()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        await Publish(new EvidenceRecorded("hygiene", "log:7", township, ["5.1"], "集市消毒记录", new DateOnly(2026, 3, 1)));
        await Publish(new EvidenceRecorded("enforcement", "case:42", null, ["5.1"], "农贸市场整治", new DateOnly(2026, 3, 5)));

        using var xlsx = await _client.GetAsync("/api/assessment/indicators/5.1/evidence?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("5.1", rows[0]["指标编码"]?.ToString());
        Assert.Equal("公共场所卫生", rows[0]["指标名称"]?.ToString());
        Assert.Equal("hygiene", rows[0]["来源模块"]?.ToString());
        Assert.Equal("log:7", rows[0]["来源编号"]?.ToString());
        Assert.Equal("桃源镇", rows[0]["乡镇"]?.ToString());
        Assert.Equal("2026-03-01", rows[0]["日期"]?.ToString());
        Assert.Equal("全市", rows[1]["乡镇"]?.ToString());
        Assert.Equal("农贸市场整治", rows[1]["说明"]?.ToString());

        using var csv = await _client.GetAsync("/api/assessment/indicators/5.1/evidence?format=csv");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF指标编码,指标名称,来源模块", text);
        Assert.Contains("case:42", text);

        await (await _client.GetAsync("/api/assessment/indicators/5.1/evidence?format=pdf")).AssertProblem(400);
        await (await _client.GetAsync("/api/assessment/indicators/9.9/evidence?format=xlsx")).AssertProblem(404);
    }
}
