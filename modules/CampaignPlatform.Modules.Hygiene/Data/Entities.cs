using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.Hygiene.Data;

/// <summary>Categories of public places the campaign names.</summary>
public enum SiteCategory
{
    /// <summary>集市: market or fair.</summary>
    Market,

    /// <summary>学校.</summary>
    School,

    /// <summary>医院.</summary>
    Hospital,

    /// <summary>车站.</summary>
    Station,

    /// <summary>服务大厅.</summary>
    ServiceHall,

    /// <summary>餐饮.</summary>
    Restaurant,

    /// <summary>其他.</summary>
    Other,
}

internal static class SiteLabels
{
    public static string Of(SiteCategory category) => category switch
    {
        SiteCategory.Market => "集市",
        SiteCategory.School => "学校",
        SiteCategory.Hospital => "医院",
        SiteCategory.Station => "车站",
        SiteCategory.ServiceHall => "服务大厅",
        SiteCategory.Restaurant => "餐饮",
        _ => "其他",
    };
}

/// <summary>A public place that must keep handwashing facilities and disinfect on a schedule.</summary>
internal sealed class Site : ITownshipOwned, IVillageOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public SiteCategory Category { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }
    public Guid? ResponsibleUnitId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>The first city date on which the site no longer exists (closed, demolished, merged); null while it does.</summary>
    public DateOnly? RetiredOn { get; set; }

    public string? RetiredReason { get; set; }

    /// <summary>Bumped by every change, so two people editing one site cannot overwrite each other.</summary>
    public int Version { get; set; }

    /// <summary>Whether the site must keep its facilities and log on <paramref name="day"/>.</summary>
    public bool ActiveOn(DateOnly day) => RetiredOn is null || day < RetiredOn;
}

/// <summary>One check of a site's handwashing facilities; the latest check is the site's current state.</summary>
internal sealed class FacilityCheck : ITownshipOwned
{
    public long Id { get; set; }
    public Guid SiteId { get; set; }
    public Guid TownshipId { get; set; }
    public DateOnly CheckedOn { get; set; }
    public required string Checker { get; set; }
    public int Total { get; set; }
    public int Working { get; set; }
    public bool SoapPresent { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>
/// Each site's latest facility check (by date, then by number, as <see cref="Sites.LatestChecks"/> orders them), kept with
/// every check, so the handwashing line finds 20,000 sites' current state by key instead of searching their 240,000 checks.
/// The check's state is copied beside it, so that line reads this table alone rather than joining it to the checks.
/// </summary>
internal sealed class LatestFacilityCheck
{
    public Guid SiteId { get; set; }
    public long CheckId { get; set; }
    public DateOnly CheckedOn { get; set; }

    /// <summary>
    /// The check's <see cref="FacilityCheck.Working"/>. Null only on rows kept before the column existed, until the
    /// start-up back-fill copies it from the check: a default would pass for a real "none working".
    /// </summary>
    public int? Working { get; set; }

    /// <summary>The check's <see cref="FacilityCheck.SoapPresent"/>; null, like <see cref="Working"/>, only until the back-fill.</summary>
    public bool? SoapPresent { get; set; }
}

/// <summary>One disinfection of a site; at most one per site and minute.</summary>
internal sealed class DisinfectionEntry : ITownshipOwned
{
    public long Id { get; set; }
    public Guid SiteId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>When it was done, truncated to the minute (the unique key with the site).</summary>
    public DateTimeOffset At { get; set; }

    public decimal AreaSquareMetres { get; set; }
    public required string Disinfectant { get; set; }
    public required string Operator { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>
/// How many entries the log holds for one site on one city day: kept with every entry (same transaction), so compliance
/// never has to group the log itself. The key (site, day) makes two concurrent entries queue on one row.
/// </summary>
internal sealed class DisinfectionDay
{
    public Guid SiteId { get; set; }
    public DateOnly Day { get; set; }
    public Guid TownshipId { get; set; }
    public int Entries { get; set; }
}

/// <summary>
/// Per township, category, city day and number of entries: how many sites logged exactly that many that day, counting
/// only days inside each site's window (from its registration day to the day before it was retired). A score reads a
/// few hundred thousand of these instead of millions of log entries, and stays right when a category's required
/// frequency is configured anew: a day met when <see cref="Entries"/> reaches the frequency.
/// </summary>
internal sealed class DisinfectionDayTally
{
    public Guid TownshipId { get; set; }
    public SiteCategory Category { get; set; }
    public DateOnly Day { get; set; }
    public int Entries { get; set; }
    public int Sites { get; set; }
}

/// <summary>
/// <see cref="DisinfectionDayTally"/> summed over a calendar month: per township, month (its first day), category and
/// number of entries, the site-days. A year's card reads the whole months here and only the days of a month it
/// covers in part from the day tallies.
/// </summary>
internal sealed class DisinfectionMonthTally
{
    public Guid TownshipId { get; set; }
    public DateOnly Month { get; set; }
    public SiteCategory Category { get; set; }
    public int Entries { get; set; }
    public int SiteDays { get; set; }
}
