namespace CampaignPlatform.Generator;

public sealed record GeneratedTownship(Guid Id, string Code, string Name, string Kind, bool InBuiltUpArea, string SanitaryTitle, string Leader);

public sealed record GeneratedVillage(Guid Id, Guid TownshipId, string Code, string Name, string Kind, string Leader);

public sealed record GeneratedUnit(Guid Id, string Code, string Name, string ShortName);

/// <summary>
/// The organisation tree of a generated city, planned in memory before anything is written, so that every module's rows
/// can point at its townships, villages and units. One township in five is a subdistrict (街道) inside the built-up area,
/// with communities; the others are towns and townships with villages.
/// </summary>
public sealed class GeneratedCity
{
    /// <summary>The campaign modules switched on; rural upkeep (first) only outside the built-up area.</summary>
    public static readonly string[] CampaignModules = ["rural-upkeep", "hygiene", "enforcement", "publicity"];

    private static readonly (string Code, string Name, string ShortName)[] UnitNames =
    [
        ("ZJ", "市住房和城乡建设局", "住建局"), ("WJ", "市卫生健康局", "卫健局"), ("SCJG", "市市场监督管理局", "市场监管局"),
        ("NYNC", "市农业农村局", "农业农村局"), ("STHJ", "市生态环境局", "生态环境局"), ("CGZF", "市城市管理综合执法局", "城管执法局"),
        ("RMT", "市融媒体中心", "融媒体中心"),
    ];

    private GeneratedCity(IReadOnlyList<GeneratedTownship> townships, IReadOnlyList<GeneratedVillage> villages, IReadOnlyList<GeneratedUnit> units)
    {
        Townships = townships;
        Villages = villages;
        Units = units;
        VillagesOf = villages.GroupBy(v => v.TownshipId).ToDictionary(g => g.Key, g => (IReadOnlyList<GeneratedVillage>)g.ToList());
    }

    public IReadOnlyList<GeneratedTownship> Townships { get; }

    public IReadOnlyList<GeneratedVillage> Villages { get; }

    public IReadOnlyList<GeneratedUnit> Units { get; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<GeneratedVillage>> VillagesOf { get; }

    public static GeneratedCity Plan(CitySize size, int seed)
    {
        var random = new Random(seed);
        var townships = Enumerable.Range(0, size.Townships).Select(i =>
        {
            var (kind, label) = i % 5 == 0 ? ("Jiedao", "街道") : i % 2 == 0 ? ("Zhen", "镇") : ("Xiang", "乡");
            var title = i % 30 == 2 ? "National" : i % 10 == 1 ? "Provincial" : "None";
            return new GeneratedTownship(NewId(random), $"T{i + 1:000}", CityNames.Place(i) + label, kind, kind == "Jiedao", title, CityNames.Person(random));
        }).ToList();
        var villages = Enumerable.Range(0, size.Villages).Select(j =>
        {
            var township = townships[j % townships.Count];
            var (kind, label) = township.InBuiltUpArea ? ("Community", "社区") : ("Village", "村");
            return new GeneratedVillage(NewId(random), township.Id, $"{township.Code}-{j / townships.Count + 1:0000}",
                CityNames.Place(j) + label, kind, CityNames.Person(random));
        }).ToList();
        var units = UnitNames.Select(u => new GeneratedUnit(NewId(random), u.Code, u.Name, u.ShortName)).ToList();
        return new GeneratedCity(townships, villages, units);
    }

    /// <summary>Ids from the seeded random source, so a second run makes the same city.</summary>
    public static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    public GeneratedUnit UnitByCode(string code) => Units.Single(u => u.Code == code);
}
