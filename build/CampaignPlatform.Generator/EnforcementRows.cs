namespace CampaignPlatform.Generator;

/// <summary>
/// Cases of the enforcement module (三级联动综合行政执法) reported evenly over the generated days, numbered per year in
/// the order they came in (<c>ZF-{year}-{000000}</c>, as the intake numbers them). Older cases are mostly closed, recent
/// ones spread over the workflow. Deadlines approximate the working-time limits in calendar days.
/// </summary>
internal sealed class EnforcementRows(GeneratedCity city, DateOnly firstDay, DateTimeOffset now, int seed)
{
    public static readonly string[] CaseColumns =
    [
        "Id", "Number", "Year", "Sequence", "Category", "Source", "State", "TownshipId", "VillageId", "Address", "Description",
        "Latitude", "Longitude", "ReportedAt", "ReportedBy", "StepDueAt", "HandleDueAt", "DemolitionDueAt", "Level", "UnitId",
        "RejectReason", "Handler", "HandlingRecordedBy", "HandlingNote", "HandledAt", "Verifier", "VerifiedAt", "ClosedAt",
        "ClosedOnTime", "Parked", "Version",
    ];

    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    private static readonly (string Category, string Label, double HandleDays, string Unit)[] Categories =
    [
        ("Flyposting", "乱贴乱涂", 2, "CGZF"), ("StreetOccupation", "乱摆乱占", 1, "CGZF"), ("IllegalStructure", "乱搭乱建", 1, "ZJ"),
        ("Dumping", "乱堆乱放", 1, "CGZF"), ("MunicipalFacilityDamage", "破坏市政设施", 7, "ZJ"), ("Other", "其他", 7, "CGZF"),
    ];

    private static readonly string[] Sources = ["CitizenReport", "CitizenReport", "CitizenReport", "PhoneOrLiveReport", "Patrol", "Inspection", "MediaExposure", "VillageWhistle"];

    public IEnumerable<object?[]> Cases(int count)
    {
        var random = new Random(seed + 4);
        var start = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), CityOffset);
        var span = (now - start).Ticks;
        var reported = Enumerable.Range(0, count).Select(_ => start.AddTicks((long)(random.NextDouble() * span))).Order().ToList();
        var sequences = new Dictionary<int, int>();
        foreach (var at in reported)
        {
            var year = at.ToOffset(CityOffset).Year;
            var sequence = sequences[year] = sequences.GetValueOrDefault(year) + 1;
            yield return Case(random, at, year, sequence);
        }
    }

    private object?[] Case(Random random, DateTimeOffset reportedAt, int year, int sequence)
    {
        var township = city.Townships[random.Next(city.Townships.Count)];
        var villages = city.VillagesOf[township.Id];
        var village = villages[random.Next(villages.Count)];
        var category = Categories[random.Next(Categories.Length)];
        var source = Sources[random.Next(Sources.Length)];
        var state = PickState(random, now - reportedAt);
        var handleDue = reportedAt.AddDays(category.HandleDays + 1);
        var dispatched = state is "Dispatched" or "Handled" or "Verified" or "Closed";
        var handled = state is "Handled" or "Verified" or "Closed";
        var handledAt = handled ? reportedAt.AddHours(random.NextDouble() * 1.3 * (category.HandleDays + 1) * 24) : (DateTimeOffset?)null;
        var verifiedAt = state is "Verified" or "Closed" ? handledAt!.Value.AddHours(random.Next(1, 24)) : (DateTimeOffset?)null;
        var stepDue = state switch
        {
            "Reported" or "Registered" => reportedAt.AddDays(1),
            "Dispatched" => handleDue,
            "Handled" => handledAt!.Value.AddDays(1),
            _ => (DateTimeOffset?)null,
        };
        var handler = handled ? CityNames.Person(random) : null;
        return
        [
            GeneratedCity.NewId(random), $"ZF-{year}-{sequence:000000}", year, sequence, category.Category, source, state, township.Id,
            village.Id, $"{township.Name}{village.Name}{random.Next(1, 300)}号附近", $"{village.Name}{category.Label}问题",
            source == "CitizenReport" ? 28.6 + random.NextDouble() * 0.5 : null,
            source == "CitizenReport" ? 115.8 + random.NextDouble() * 0.5 : null,
            reportedAt, source == "CitizenReport" ? "公众" : CityNames.Person(random), stepDue, handleDue,
            category.Category == "IllegalStructure" ? reportedAt.AddDays(28) : null,
            dispatched ? "Village" : null, dispatched ? city.UnitByCode(category.Unit).Id : null,
            state == "Rejected" ? "不属于执法范围" : null, handler, handler, handled ? "已现场处置完毕" : null, handledAt,
            verifiedAt is null ? null : CityNames.Person(random) + "（核查）", verifiedAt,
            state == "Closed" ? verifiedAt!.Value.AddHours(1) : null, state == "Closed" ? handledAt <= handleDue : null, false, 1,
        ];
    }

    private static string PickState(Random random, TimeSpan age)
    {
        var roll = random.NextDouble();
        return age > TimeSpan.FromDays(30)
            ? roll switch { < 0.80 => "Closed", < 0.88 => "Rejected", < 0.94 => "Dispatched", < 0.97 => "Handled", _ => "Registered" }
            : roll switch { < 0.40 => "Closed", < 0.45 => "Rejected", < 0.70 => "Dispatched", < 0.80 => "Handled", < 0.90 => "Registered", _ => "Reported" };
    }
}
