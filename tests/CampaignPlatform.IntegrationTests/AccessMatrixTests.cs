using System.Net;
using System.Text;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Walks every operation of the OpenAPI document as each role of the demo city and as the public, and checks the
/// answer against the table below: a refused role gets 403 (401 without an account) before anything is read or
/// written; a permitted role gets anything else (mostly 400 or 404 here, since the bodies are empty and the ids
/// unknown). Ids in routes are the demo officer's township 柳河镇, the grid worker's village and the unit officer's
/// unit, so that scope never hides a permission.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AccessMatrixTests : IDisposable
{
    // A = city administrator, S = city supervisor, T = township officer, G = grid worker, U = unit officer,
    // P = the public, without an account. Administrators may do everything, so "A" alone means "administrators only".
    private static readonly Dictionary<string, string> Table = new()
    {
        ["POST /api/admin/backups"] = "A",
        ["GET /api/accounts"] = "A",
        ["GET /api/accounts/audit"] = "A",
        ["GET /api/accounts/{accountId}"] = "A",
        ["POST /api/accounts"] = "A",
        ["POST /api/accounts/{accountId}/disable"] = "A",
        ["POST /api/accounts/{accountId}/enable"] = "A",
        ["PUT /api/accounts/{accountId}/password"] = "A",
        ["PUT /api/accounts/{accountId}/scope"] = "A",
        ["GET /api/auth/me"] = "ASTGU",
        ["POST /api/auth/sign-in"] = "ASTGUP",
        ["POST /api/auth/sign-out"] = "ASTGU",
        ["POST /api/auth/token"] = "ASTGUP",

        ["GET /api/assessment/exposures"] = "AST",
        ["POST /api/assessment/exposures"] = "AS",
        ["GET /api/assessment/facts"] = "AST",
        ["POST /api/assessment/facts"] = "A",
        ["GET /api/assessment/indicators"] = "ASTGU",
        ["GET /api/assessment/indicators/{code}"] = "ASTGU",
        ["PUT /api/assessment/indicators/{code}"] = "A",
        ["GET /api/assessment/indicators/{code}/evidence"] = "AST",
        ["POST /api/assessment/indicators/{code}/values"] = "AS",
        ["POST /api/assessment/evidence"] = "AS",
        ["GET /api/assessment/rankings"] = "AST",
        ["GET /api/assessment/readiness"] = "AS",
        ["GET /api/assessment/schemes/{year}"] = "ASTGU",
        ["PUT /api/assessment/schemes/{year}"] = "A",
        ["GET /api/assessment/scorecard"] = "AS",
        ["GET /api/assessment/snapshots"] = "AST",
        ["GET /api/assessment/townships/{townshipId}/scorecard"] = "AST",

        ["GET /api/checks"] = "AST",
        ["GET /api/checks/runs"] = "AST",
        ["GET /api/checks/runs/{runId}"] = "AST",
        ["POST /api/checks/{checkId}/run"] = "A",

        ["GET /api/modules"] = "ASTGU",
        ["GET /api/townships/{townshipId}/modules"] = "ASTGU",
        ["GET /api/townships/{townshipId}/modules/history"] = "AST",
        ["PUT /api/townships/{townshipId}/modules/{moduleId}"] = "A",

        ["GET /api/org/townships"] = "ASTGU",
        ["POST /api/org/townships"] = "A",
        ["GET /api/org/townships/{townshipId}"] = "ASTGU",
        ["PUT /api/org/townships/{townshipId}"] = "A",
        ["POST /api/org/townships/{townshipId}/retire"] = "A",
        ["GET /api/org/townships/{townshipId}/villages"] = "ASTGU",
        ["POST /api/org/townships/{townshipId}/villages"] = "A",
        ["GET /api/org/units"] = "ASTGU",
        ["POST /api/org/units"] = "A",
        ["PUT /api/org/units/{unitId}"] = "A",
        ["POST /api/org/units/{unitId}/retire"] = "A",
        ["GET /api/org/villages/{villageId}"] = "ASTGU",
        ["PUT /api/org/villages/{villageId}"] = "A",
        ["POST /api/org/villages/{villageId}/retire"] = "A",
        ["GET /api/org/villages/{villageId}/grids"] = "ASTGU",
        ["POST /api/org/villages/{villageId}/grids"] = "A",

        ["GET /api/rectification/items"] = "ASTGU",
        ["POST /api/rectification/items"] = "AST",
        ["GET /api/rectification/items/{itemId}"] = "ASTGU",
        ["POST /api/rectification/items/{itemId}/claim"] = "ATU",
        ["POST /api/rectification/items/{itemId}/submit"] = "ATU",
        ["POST /api/rectification/items/{itemId}/close"] = "AS",
        ["POST /api/rectification/items/{itemId}/return"] = "AS",
        ["POST /api/rectification/items/{itemId}/lookback"] = "AS",
        ["POST /api/rectification/items/{itemId}/list"] = "A",
        ["POST /api/rectification/items/{itemId}/unlist"] = "A",
        ["GET /api/rectification/ledgers/items"] = "ASTU",
        ["GET /api/rectification/townships/{townshipId}/ledgers/items"] = "AST",
        ["GET /api/rectification/meetings"] = "AST",
        ["POST /api/rectification/meetings"] = "AST",
        ["GET /api/rectification/meetings/gaps"] = "AST",

        ["GET /api/rural-upkeep/template"] = "ASTG",
        ["PUT /api/rural-upkeep/template"] = "A",
        ["POST /api/rural-upkeep/inspections"] = "ATG",
        ["GET /api/rural-upkeep/townships/{townshipId}/due-inspections"] = "ASTG",
        ["GET /api/rural-upkeep/townships/{townshipId}/inspections"] = "ASTG",
        ["GET /api/rural-upkeep/townships/{townshipId}/ledgers/five-haves"] = "AST",
        ["GET /api/rural-upkeep/townships/{townshipId}/ledgers/inspections"] = "AST",
        ["GET /api/rural-upkeep/townships/{townshipId}/ledgers/points"] = "AST",
        ["GET /api/rural-upkeep/townships/{townshipId}/ranking"] = "AST",
        ["GET /api/rural-upkeep/townships/{townshipId}/villages"] = "ASTG",
        ["POST /api/rural-upkeep/villages/{villageId}/courtyard-ratings"] = "ATG",
        ["GET /api/rural-upkeep/villages/{villageId}/demonstrations"] = "ASTG",
        ["POST /api/rural-upkeep/villages/{villageId}/demonstrations"] = "AT",
        ["POST /api/rural-upkeep/villages/{villageId}/demonstrations/{demonstrationId}/approve"] = "A",
        ["GET /api/rural-upkeep/villages/{villageId}/eligibility"] = "ASTG",
        ["GET /api/rural-upkeep/villages/{villageId}/five-haves"] = "ASTG",
        ["PUT /api/rural-upkeep/villages/{villageId}/five-haves"] = "ATG",
        ["GET /api/rural-upkeep/villages/{villageId}/households"] = "ASTG",
        ["GET /api/rural-upkeep/villages/{villageId}/inspections"] = "ASTG",
        ["POST /api/rural-upkeep/villages/{villageId}/redemptions"] = "ATG",

        ["GET /api/hygiene/disinfection-compliance"] = "ASTG",
        ["GET /api/hygiene/frequencies"] = "ASTGU",
        ["POST /api/hygiene/sites"] = "AT",
        ["GET /api/hygiene/sites/{siteId}"] = "ASTG",
        ["PUT /api/hygiene/sites/{siteId}"] = "AT",
        ["POST /api/hygiene/sites/{siteId}/retire"] = "AT",
        ["GET /api/hygiene/sites/{siteId}/disinfections"] = "ASTG",
        ["POST /api/hygiene/sites/{siteId}/disinfections"] = "ATG",
        ["GET /api/hygiene/sites/{siteId}/facility-checks"] = "ASTG",
        ["POST /api/hygiene/sites/{siteId}/facility-checks"] = "ATG",
        ["GET /api/hygiene/townships/{townshipId}/ledgers/disinfections"] = "AST",
        ["GET /api/hygiene/townships/{townshipId}/ledgers/facility-checks"] = "AST",
        ["GET /api/hygiene/townships/{townshipId}/ledgers/sites"] = "AST",
        ["GET /api/hygiene/townships/{townshipId}/sites"] = "ASTG",
        ["GET /api/hygiene/townships/{townshipId}/sites/search"] = "ASTG",

        ["POST /api/enforcement/reports"] = "ASTGUP",
        ["GET /api/enforcement/reports/{token}"] = "ASTGUP",
        ["GET /open311/v2/services.json"] = "ASTGUP",
        ["GET /open311/v2/services/{code}.json"] = "ASTGUP",
        ["GET /open311/v2/requests.json"] = "ASTGUP",
        ["POST /open311/v2/requests.json"] = "ASTGUP",
        ["GET /open311/v2/requests/{id}.json"] = "ASTGUP",
        ["POST /api/enforcement/cases"] = "ASTG",
        ["GET /api/enforcement/cases/{caseId}"] = "ASTGU",
        ["GET /api/enforcement/cases/{caseId}/contact"] = "AT",
        ["GET /api/enforcement/cases/{caseId}/photos/{photoId}"] = "ASTGU",
        ["POST /api/enforcement/cases/{caseId}/register"] = "AT",
        ["POST /api/enforcement/cases/{caseId}/reject"] = "AT",
        ["POST /api/enforcement/cases/{caseId}/dispatch"] = "AT",
        ["POST /api/enforcement/cases/{caseId}/handle"] = "ATGU",
        ["POST /api/enforcement/cases/{caseId}/verify"] = "AST",
        ["POST /api/enforcement/cases/{caseId}/close"] = "AST",
        ["POST /api/enforcement/cases/{caseId}/park"] = "AS",
        ["POST /api/enforcement/cases/{caseId}/resume"] = "AST",
        ["GET /api/enforcement/calendar/{year}"] = "AST",
        ["PUT /api/enforcement/calendar/{year}"] = "A",
        ["GET /api/enforcement/exposures"] = "AST",
        ["POST /api/enforcement/exposures"] = "AS",
        ["GET /api/enforcement/case-flow"] = "ASTGU",
        ["GET /api/enforcement/on-time-rates"] = "AST",
        ["POST /api/enforcement/frontages"] = "AT",
        ["GET /api/enforcement/frontages/{frontageId}"] = "ASTG",
        ["PUT /api/enforcement/frontages/{frontageId}"] = "AT",
        ["POST /api/enforcement/frontages/{frontageId}/ratings"] = "ATG",
        ["GET /api/enforcement/townships/{townshipId}/cases"] = "ASTGU",
        ["GET /api/enforcement/townships/{townshipId}/frontages"] = "ASTG",
        ["GET /api/enforcement/townships/{townshipId}/frontages/lists"] = "AST",
        ["GET /api/enforcement/townships/{townshipId}/ledgers/cases"] = "AST",
        ["GET /api/enforcement/townships/{townshipId}/ledgers/exposures"] = "AST",
        ["GET /api/enforcement/units/{unitId}/frontages"] = "ASTU",

        ["POST /api/publicity/activities"] = "ATG",
        ["GET /api/publicity/activities/{activityId}"] = "ASTG",
        ["PUT /api/publicity/activities/{activityId}"] = "AT",
        ["GET /api/publicity/surveys"] = "AST",
        ["POST /api/publicity/surveys"] = "AST",
        ["GET /api/publicity/surveys/{roundId}"] = "AST",
        ["POST /api/publicity/surveys/{roundId}/answer-counts"] = "AST",
        ["POST /api/publicity/surveys/{roundId}/answers"] = "ASTG",
        ["POST /api/publicity/surveys/{roundId}/close"] = "AST",
        ["GET /api/publicity/surveys/{roundId}/entries"] = "AST",
        ["GET /api/publicity/townships/{townshipId}/activities"] = "ASTG",
        ["GET /api/publicity/townships/{townshipId}/ledgers/activities"] = "AST",
        ["GET /api/publicity/townships/{townshipId}/ledgers/surveys"] = "AST",
        ["GET /api/publicity/townships/{townshipId}/ledgers/volunteer-work"] = "AST",
        ["GET /api/publicity/townships/{townshipId}/overview"] = "AST",
        ["GET /api/publicity/townships/{townshipId}/village-rules"] = "ASTG",
        ["GET /api/publicity/townships/{townshipId}/volunteer-events"] = "ASTG",
        ["GET /api/publicity/townships/{townshipId}/volunteer-totals"] = "AST",
        ["GET /api/publicity/villages/{villageId}/rules"] = "ASTG",
        ["POST /api/publicity/villages/{villageId}/rules"] = "AT",
        ["POST /api/publicity/volunteer-events"] = "ATG",
        ["GET /api/publicity/volunteer-events/{eventId}"] = "ASTG",
        ["GET /api/publicity/volunteer-totals"] = "AS",
    };

    private static readonly (char Role, string? UserName)[] Actors =
        [('A', "demo-admin"), ('S', "demo-supervisor"), ('T', "demo-township"), ('G', "demo-grid"), ('U', "demo-unit"), ('P', null)];

    private readonly PlatformFactory _factory = new(settings: new Dictionary<string, string?> { ["Enforcement:Intake:PermitsPerMinute"] = "100000" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_operation_answers_each_role_as_the_table_says()
    {
        using var admin = _factory.CreateClient();
        var document = await admin.GetJson("/openapi/v1.json");
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(path => !path.Name.StartsWith("/api/sample", StringComparison.Ordinal)) // the test-only modules
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order().ToList();
        Assert.Equal(Table.Keys.Order().ToList(), operations);

        var values = await RouteValues(admin);
        var clients = Actors.ToDictionary(a => a.Role, a => a.UserName is null ? _factory.CreateAnonymousClient() : _factory.CreateClientFor(a.UserName));
        var mismatches = new List<string>();
        foreach (var operation in operations)
        {
            var (method, template) = (operation.Split(' ')[0], operation.Split(' ')[1]);
            var url = Fill(template, values);
            foreach (var (role, _) in Actors)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await clients[role].SendAsync(request);
                var status = (int)response.StatusCode;
                var permitted = Table[operation].Contains(role, StringComparison.Ordinal);
                var expected = permitted ? "anything but 401/403" : role == 'P' ? "401" : "403";
                var ok = permitted ? status is not (401 or 403) : status == (role == 'P' ? 401 : 403);
                if (!ok)
                {
                    mismatches.Add($"{operation} as {role}: {status}, expected {expected}");
                }
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public async Task A_township_officer_and_a_grid_worker_are_refused_every_operation_on_another_township_and_change_nothing()
    {
        using var admin = _factory.CreateClient();
        var document = await admin.GetJson("/openapi/v1.json");
        var other = await DemoCity.TownshipId(admin, "白马镇");
        var village = (await admin.GetJson($"/api/org/townships/{other}/villages")).Items().First().GetProperty("id").GetGuid();
        using var site = await admin.PostJson("/api/hygiene/sites", new { townshipId = other, villageId = village, category = "Market", name = "白马集市", address = "白马街1号" });
        using var item = await admin.PostJson("/api/rectification/items", new
        {
            townshipId = other, villageId = village, source = "Supervision", category = "垃圾清运", description = "垃圾未清运", requirements = "清运",
            severity = "Normal", deadlineDays = 3,
        });
        using var citizen = _factory.CreateAnonymousClient();
        using var report = await citizen.PostJson("/api/enforcement/reports", new { townshipId = other, villageId = village, category = "Dumping", description = "堆放垃圾", address = "白马街2号" });
        var number = (await report.ReadJson()).GetProperty("caseNumber").GetString();
        var caseId = (await admin.GetJson($"/api/enforcement/townships/{other}/cases?pageSize=200")).GetProperty("items").Items()
            .Single(c => c.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();
        var values = new Dictionary<string, string>
        {
            ["townshipId"] = other.ToString(),
            ["villageId"] = village.ToString(),
            ["siteId"] = (await site.ReadJson()).GetProperty("id").GetGuid().ToString(),
            ["itemId"] = (await item.ReadJson()).GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["caseId"] = caseId.ToString(),
            ["kind"] = "cases",
        };

        // Every operation that names a record of another township, by its route.
        var operations = document.GetProperty("paths").EnumerateObject()
            .Where(path => values.Keys.Any(key => path.Name.Contains($"{{{key}}}", StringComparison.Ordinal)) && !path.Name.StartsWith("/api/sample", StringComparison.Ordinal))
            .Where(path => !path.Name.StartsWith("/api/org/", StringComparison.Ordinal)) // the organisation tree is everyone's to read
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (Method: method.Name.ToUpperInvariant(), Template: path.Name)))
            .ToList();
        Assert.True(operations.Count > 40, $"{operations.Count} operations");
        var auditBefore = (await admin.GetJson("/api/accounts/audit")).GetProperty("total").GetInt32();
        var refused = new List<string>();
        foreach (var userName in new[] { "demo-township", "demo-grid" })
        {
            using var client = _factory.CreateClientFor(userName);
            foreach (var (method, template) in operations)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(template, values));
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                // A write with an empty body may be refused by validation (400) before the record is looked up; either way
                // nothing is written (checked below). Reads must not tell whether the record exists.
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                if (!(status is 403 or 404 || (status == 400 && method is "POST" or "PUT")))
                {
                    refused.Add($"{method} {template} as {userName}: {status}");
                }
            }
        }

        Assert.True(refused.Count == 0, string.Join('\n', refused));
        var audit = await admin.GetJson("/api/accounts/audit?pageSize=500");
        Assert.DoesNotContain(audit.GetProperty("items").Items(), e => e.GetProperty("actor").GetString() is "demo-township" or "demo-grid"
                                                                     && !e.GetProperty("action").GetString()!.StartsWith("sign-in", StringComparison.Ordinal));
        Assert.True(audit.GetProperty("total").GetInt32() >= auditBefore);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        System.Text.RegularExpressions.Regex.Replace(template, "{([^}]+)}", m => values.GetValueOrDefault(m.Groups[1].Value, Guid.NewGuid().ToString()));

    private async Task<Dictionary<string, string>> RouteValues(HttpClient admin)
    {
        var township = await DemoCity.TownshipId(admin, "柳河镇");
        using var grid = _factory.CreateClientFor("demo-grid");
        var gridId = (await grid.GetJson("/api/auth/me")).GetProperty("gridIds")[0].GetGuid();
        var villages = (await admin.GetJson($"/api/org/townships/{township}/villages")).Items().Select(v => v.GetProperty("id").GetGuid()).ToList();
        var village = villages.First(v => admin.GetJson($"/api/org/villages/{v}/grids").GetAwaiter().GetResult().Items()
            .Any(g => g.GetProperty("id").GetGuid() == gridId));
        var unit = (await admin.GetJson("/api/org/units")).Items().Single(u => u.GetProperty("code").GetString() == "ZJJ").GetProperty("id").GetGuid();
        return new Dictionary<string, string>
        {
            ["townshipId"] = township.ToString(),
            ["villageId"] = village.ToString(),
            ["unitId"] = unit.ToString(),
            ["itemId"] = "999999",
            ["year"] = "2026",
            ["kind"] = "cases",
            ["code"] = "1.1",
            ["moduleId"] = "hygiene",
            ["checkId"] = "no-such-check",
            ["token"] = "no-such-token",
            ["id"] = "ZF-2026-999999",
        };
    }
}
