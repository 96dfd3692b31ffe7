namespace CampaignPlatform.Generator;

/// <summary>
/// Items of the rectification module (问题整改) opened evenly over the generated days by the campaign modules and by
/// supervision, undercover visits and the media. Most items past their deadline are closed; the rest, and most recent
/// ones, are somewhere in claim → submit → verify. No item is marked overdue or listed for being overdue: that is the
/// overdue sweep's work, which the benchmarks measure. Major items are listed from the start, as the platform does.
/// </summary>
internal sealed class RectificationRows(GeneratedCity city, DateOnly firstDay, DateOnly today, int seed)
{
    public static readonly string[] ItemColumns =
    [
        "Source", "SourceModule", "SourceReference", "TownshipId", "VillageId", "Category", "Description", "Requirements", "Severity",
        "ResponsibleUnitId", "Deadline", "Status", "IsOverdue", "Listed", "ListedReason", "ListedAt", "ClaimedByUnitId", "ClaimedBy",
        "ClaimedAt", "FixDescription", "EvidenceNote", "SubmittedBy", "SubmittedAt", "ReturnReason", "ClosedBy", "ClosedAt",
        "LookbackDueOn", "Lookback", "ReopenCount", "CreatedAt", "CreatedBy", "Version",
    ];

    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    private static readonly (string Source, string Module, string Category, string Unit)[] Origins =
    [
        ("Module", "rural-upkeep", "三堆清理", "NYNC"), ("Module", "rural-upkeep", "生活污水治理", "STHJ"), ("Module", "rural-upkeep", "垃圾收运处置", "CGZF"),
        ("Module", "hygiene", "消毒记录缺失", "WJ"), ("Module", "hygiene", "洗手设施故障", "WJ"), ("Module", "enforcement", "门前五包不达标", "CGZF"),
        ("Module", "publicity", "宣传活动不足", "RMT"), ("Supervision", "rectification", "市容环境卫生", "ZJ"),
        ("UndercoverVisit", "rectification", "病媒生物防制", "WJ"), ("Media", "rectification", "农贸市场卫生", "SCJG"),
    ];

    private static readonly int[] DeadlineDays = [7, 14, 30];

    public IEnumerable<object?[]> Items(int count)
    {
        var random = new Random(seed + 5);
        var days = today.DayNumber - firstDay.DayNumber;
        for (var n = 0; n < count; n++)
        {
            var created = firstDay.AddDays(random.Next(days));
            var createdAt = new DateTimeOffset(created.ToDateTime(new TimeOnly(random.Next(8, 18), random.Next(60))), CityOffset);
            var deadline = created.AddDays(DeadlineDays[random.Next(DeadlineDays.Length)]);
            var origin = Origins[random.Next(Origins.Length)];
            var township = city.Townships[random.Next(city.Townships.Count)];
            var villages = city.VillagesOf[township.Id];
            var village = villages[random.Next(villages.Count)];
            var unit = city.UnitByCode(origin.Unit).Id;
            var major = random.Next(20) == 0;
            var status = PickStatus(random, deadline < today);
            var claimed = status != "Open";
            var submitted = status is "Submitted" or "Closed";
            var closedOn = status == "Closed" ? Max(created, Min(deadline.AddDays(random.Next(-5, 4)), today.AddDays(-1))) : (DateOnly?)null;
            var closedAt = closedOn is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(17, 0)), CityOffset) : (DateTimeOffset?)null;
            var claimedAt = claimed ? createdAt.AddHours(random.Next(2, 48)) : (DateTimeOffset?)null;
            if (closedAt < claimedAt)
            {
                closedAt = claimedAt!.Value.AddHours(4);
            }

            yield return
            [
                origin.Source, origin.Module, $"generated:{n + 1}", township.Id, village.Id, origin.Category,
                $"{township.Name}{village.Name}{origin.Category}问题", "按期整改到位并上传整改前后照片", major ? "Major" : "Normal", unit, deadline, status,
                false, major, major ? "重大问题自动挂牌督办 major problem" : null, major ? createdAt : null,
                claimed ? unit : null, claimed ? CityNames.Person(random) : null, claimedAt,
                submitted ? "已完成整改" : null, submitted ? "整改前后照片已存档" : null, submitted ? CityNames.Person(random) : null,
                submitted ? (closedAt ?? claimedAt!.Value.AddDays(1)).AddHours(-2) : null, status == "Returned" ? "整改不到位，退回重新整改" : null,
                closedAt is null ? null : CityNames.Person(random) + "（督查）", closedAt, closedOn?.AddDays(30), "NotDue", 0,
                createdAt, origin.Module == "rectification" ? "demo-supervisor" : "system", 1,
            ];
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string PickStatus(Random random, bool pastDeadline)
    {
        var roll = random.NextDouble();
        return pastDeadline
            ? roll switch { < 0.85 => "Closed", < 0.90 => "Open", < 0.95 => "Claimed", < 0.98 => "Submitted", _ => "Returned" }
            : roll switch { < 0.40 => "Open", < 0.70 => "Claimed", < 0.85 => "Submitted", < 0.90 => "Returned", _ => "Closed" };
    }
}
