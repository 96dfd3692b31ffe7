using System.Security.Cryptography;
using System.Text;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Organisation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Organisation.DemoCity;

/// <summary>
/// Seeds the demo city into an empty database. Ids are derived from the codes, so the demo's townships have
/// the same ids on every machine (handy in docs and scripts).
/// </summary>
internal sealed class DemoCitySeeder(OrgDbContext db, IOptions<DemoCityOptions> options, TimeProvider time, ILogger<DemoCitySeeder> logger)
    : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public IReadOnlyList<string> ReadsConfiguration => [DemoCityOptions.Section];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed || await db.Townships.AnyAsync(cancellationToken))
        {
            return;
        }

        // A few thousand fresh rows: skip change detection on every Add, it is the slow part of a first start.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = time.GetUtcNow();
        var random = new Random(2021); // fixed: the same demo city every time
        foreach (var (code, name, shortName) in DemoCityData.Units)
        {
            db.Units.Add(new ResponsibleUnit { Id = IdFor($"unit:{code}"), Code = code, Name = name, ShortName = shortName });
        }

        var stems = new Queue<string>(DemoCityData.PlaceStems.OrderBy(_ => random.Next()));
        var communityStems = new Queue<string>(DemoCityData.CommunityStems.OrderBy(_ => random.Next()));
        for (var i = 0; i < DemoCityData.Townships.Length; i++)
        {
            var seed = DemoCityData.Townships[i];
            var townshipCode = $"{DemoCityData.CityCode}{i + 1:000}";
            var township = new Township
            {
                Id = IdFor($"township:{townshipCode}"), Code = townshipCode, Name = seed.Name, Kind = seed.Kind,
                InBuiltUpArea = seed.InBuiltUpArea, SanitaryTitle = seed.Title, LeaderName = seed.Leader, CreatedAt = now,
            };
            db.Townships.Add(township);
            for (var v = 0; v < seed.Villages; v++)
            {
                // Subdistricts are all communities; rural towns have a community at the town seat, villages around it.
                var isCommunity = seed.Kind == TownshipKind.Jiedao || v == 0;
                var stem = NextStem(isCommunity ? communityStems : stems, isCommunity ? DemoCityData.CommunityStems : DemoCityData.PlaceStems, random);
                var villageCode = $"{townshipCode}{v + 1:000}";
                var village = new Village
                {
                    Id = IdFor($"village:{villageCode}"), TownshipId = township.Id, Code = villageCode,
                    Name = isCommunity ? (v == 0 && seed.Kind != TownshipKind.Jiedao ? $"{seed.Name[..^1]}镇区社区" : $"{stem}社区") : $"{stem}村",
                    Kind = isCommunity ? VillageKind.Community : VillageKind.Village,
                    LeaderName = PersonName(random), CreatedAt = now,
                };
                db.Villages.Add(village);
                var grids = 2 + random.Next(3);
                for (var g = 0; g < grids; g++)
                {
                    db.Grids.Add(new Grid
                    {
                        Id = IdFor($"grid:{villageCode}:{g + 1}"), VillageId = village.Id,
                        Name = $"第{"一二三四五"[g]}网格", WorkerName = PersonName(random),
                    });
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded the demo city: {Townships} townships, {Units} units", DemoCityData.Townships.Length, DemoCityData.Units.Length);
    }

    private static string NextStem(Queue<string> stems, string[] all, Random random)
    {
        if (stems.Count == 0)
        {
            foreach (var stem in all.OrderBy(_ => random.Next()))
            {
                stems.Enqueue(stem);
            }
        }

        return stems.Dequeue();
    }

    private static string PersonName(Random random) =>
        DemoCityData.Surnames[random.Next(DemoCityData.Surnames.Length)] + DemoCityData.GivenNames[random.Next(DemoCityData.GivenNames.Length)];

    /// <summary>A stable id from a stable key (name-based, like RFC 4122 version 5).</summary>
    public static Guid IdFor(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("campaign-demo:" + key));
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
