namespace CampaignPlatform.Generator;

/// <summary>
/// Rows of the hygiene module (勤洗手 / 常消毒): sites by category, a facility check a month per site, and a disinfection
/// log as often as the category asks (hospitals and stations twice a day), with about one required entry in fifteen
/// missing, so that compliance is realistic rather than perfect.
/// </summary>
internal sealed class HygieneRows(GeneratedCity city, int siteCount, DateOnly firstDay, DateOnly today, int seed)
{
    public static readonly string[] SiteColumns =
        ["Id", "TownshipId", "VillageId", "Category", "Name", "Address", "ResponsibleUnitId", "CreatedAt", "CreatedBy", "Version"];

    public static readonly string[] FacilityCheckColumns =
        ["SiteId", "TownshipId", "CheckedOn", "Checker", "Total", "Working", "SoapPresent", "RecordedAt"];

    public static readonly string[] DisinfectionColumns =
        ["SiteId", "TownshipId", "At", "AreaSquareMetres", "Disinfectant", "Operator", "RecordedAt", "RecordedBy"];

    private const string Generator = "generator";
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    private static readonly (string Category, string Label, string Unit, int Weight)[] Categories =
    [
        ("Market", "集市", "SCJG", 15), ("School", "学校", "WJ", 20), ("Hospital", "卫生院", "WJ", 10), ("Station", "客运站", "ZJ", 5),
        ("ServiceHall", "便民服务大厅", "ZJ", 10), ("Restaurant", "餐馆", "SCJG", 30), ("Other", "公共厕所", "CGZF", 10),
    ];

    private static readonly string[] Disinfectants = ["含氯消毒液 500mg/L", "过氧乙酸 0.2%", "75%乙醇", "二氧化氯 100mg/L"];

    private readonly List<(Guid Id, Guid TownshipId, string Category)> _sites = [];

    public IEnumerable<object?[]> Sites()
    {
        var random = new Random(seed + 1);
        var created = new DateTimeOffset(firstDay.AddDays(-1).ToDateTime(new TimeOnly(10, 0)), CityOffset);
        for (var i = 0; i < siteCount; i++)
        {
            var township = city.Townships[i % city.Townships.Count];
            var villages = city.VillagesOf[township.Id];
            var village = villages[random.Next(villages.Count)];
            var category = PickCategory(random);
            var id = GeneratedCity.NewId(random);
            _sites.Add((id, township.Id, category.Category));
            yield return
            [
                id, township.Id, village.Id, category.Category, $"{village.Name}{category.Label}{i / city.Townships.Count + 1}号",
                $"{township.Name}{village.Name}{random.Next(1, 200)}号", city.UnitByCode(category.Unit).Id, created, Generator, 1,
            ];
        }
    }

    public IEnumerable<object?[]> FacilityChecks()
    {
        var random = new Random(seed + 2);
        foreach (var site in _sites)
        {
            for (var day = firstDay.AddDays(random.Next(30)); day < today; day = day.AddDays(30))
            {
                var total = random.Next(2, 9);
                var working = random.NextDouble() < 0.9 ? total : random.Next(0, total);
                yield return [site.Id, site.TownshipId, day, CityNames.Person(random), total, working, random.NextDouble() < 0.92, At(day, 16)];
            }
        }
    }

    public IEnumerable<object?[]> Disinfections()
    {
        var random = new Random(seed + 3);
        foreach (var site in _sites)
        {
            var perDay = site.Category is "Hospital" or "Station" ? 2 : 1;
            for (var day = firstDay; day < today; day = day.AddDays(1))
            {
                for (var round = 0; round < perDay; round++)
                {
                    if (random.Next(15) == 0)
                    {
                        continue;
                    }

                    var at = At(day, 8 + round * 7).AddMinutes(random.Next(60));
                    yield return
                    [
                        site.Id, site.TownshipId, at, (decimal)random.Next(50, 2000), Disinfectants[random.Next(Disinfectants.Length)],
                        CityNames.Person(random), at.AddMinutes(5), Generator,
                    ];
                }
            }
        }
    }

    private static (string Category, string Label, string Unit, int Weight) PickCategory(Random random)
    {
        var roll = random.Next(Categories.Sum(c => c.Weight));
        foreach (var category in Categories)
        {
            if ((roll -= category.Weight) < 0)
            {
                return category;
            }
        }

        return Categories[^1];
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), CityOffset);
}
