using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.Enforcement.Data;

/// <summary>What kind of uncivil behaviour a case is about.</summary>
public enum CaseCategory
{
    /// <summary>乱贴乱涂.</summary>
    Flyposting,

    /// <summary>乱摆乱占.</summary>
    StreetOccupation,

    /// <summary>乱搭乱建.</summary>
    IllegalStructure,

    /// <summary>乱堆乱放.</summary>
    Dumping,

    /// <summary>破坏市政设施.</summary>
    MunicipalFacilityDamage,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>Where a case came from.</summary>
public enum CaseSource
{
    /// <summary>随手拍: a citizen's snap report through the public intake.</summary>
    CitizenReport,

    /// <summary>电话或现场举报.</summary>
    PhoneOrLiveReport,

    /// <summary>巡查.</summary>
    Patrol,

    /// <summary>督查检查.</summary>
    Inspection,

    /// <summary>媒体曝光.</summary>
    MediaExposure,

    /// <summary>村居吹哨.</summary>
    VillageWhistle,
}

/// <summary>The steps of a case (GB/T 30428: 立案 → 派遣 → 处置 → 核查 → 结案).</summary>
public enum CaseState
{
    Reported,
    Registered,
    Rejected,
    Dispatched,
    Handled,
    Verified,
    Closed,
}

/// <summary>Which level of the three-level joint enforcement (三级联动) holds a dispatched case.</summary>
public enum CaseLevel
{
    Village,
    Township,
    City,
}

/// <summary>A step that has a time limit.</summary>
public enum CaseStep
{
    Register,
    Dispatch,
    Handle,
    Verify,
}

internal static class EnforcementLabels
{
    public static string Of(CaseCategory category) => category switch
    {
        CaseCategory.Flyposting => "乱贴乱涂",
        CaseCategory.StreetOccupation => "乱摆乱占",
        CaseCategory.IllegalStructure => "乱搭乱建",
        CaseCategory.Dumping => "乱堆乱放",
        CaseCategory.MunicipalFacilityDamage => "破坏市政设施",
        _ => "其他",
    };

    public static string Of(CaseSource source) => source switch
    {
        CaseSource.CitizenReport => "随手拍",
        CaseSource.PhoneOrLiveReport => "电话或现场举报",
        CaseSource.Patrol => "巡查发现",
        CaseSource.Inspection => "督查检查",
        CaseSource.MediaExposure => "媒体曝光",
        _ => "村居吹哨",
    };

    public static string Of(CaseState state) => state switch
    {
        CaseState.Reported => "已受理",
        CaseState.Registered => "已立案",
        CaseState.Rejected => "不予立案",
        CaseState.Dispatched => "已派遣",
        CaseState.Handled => "已处置",
        CaseState.Verified => "已核查",
        _ => "已结案",
    };

    public static string Of(CaseLevel level) => level switch
    {
        CaseLevel.Village => "村（社区）",
        CaseLevel.Township => "乡镇（街道）",
        _ => "市级",
    };

    public static string Of(ExposureKind kind) => kind switch
    {
        ExposureKind.MediaTypicalCase => "典型案例媒体曝光",
        ExposureKind.JointAction => "媒体执法联动",
        _ => "省暗访曝光",
    };
}

/// <summary>An enforcement case (执法案件). Cases from the public intake keep the first reporter's data; later duplicates are <see cref="Report"/>s.</summary>
internal sealed class EnforcementCase : ITownshipOwned, IVillageOwned, IUnitOwned
{
    public Guid Id { get; set; }

    /// <summary>ZF-{year}-{sequence:000000}, unique.</summary>
    public required string Number { get; set; }

    public int Year { get; set; }
    public int Sequence { get; set; }
    public CaseCategory Category { get; set; }
    public CaseSource Source { get; set; }
    public CaseState State { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public string? Address { get; set; }
    public required string Description { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
    public required string ReportedBy { get; set; }

    /// <summary>The deadline of the step the case is in; null when no step is running (closed, rejected, parked).</summary>
    public DateTimeOffset? StepDueAt { get; set; }

    /// <summary>The handling deadline, fixed at dispatch (renewed when a verification fails); on-time closure is measured against it.</summary>
    public DateTimeOffset? HandleDueAt { get; set; }

    /// <summary>乱搭乱建 only: the demolition deadline (default 20 working days from dispatch).</summary>
    public DateTimeOffset? DemolitionDueAt { get; set; }

    public CaseLevel? Level { get; set; }
    public Guid? UnitId { get; set; }
    public string? RejectReason { get; set; }
    public string? Handler { get; set; }

    /// <summary>The account that recorded the handling; it may not verify the case either.</summary>
    public string? HandlingRecordedBy { get; set; }
    public string? HandlingNote { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
    public string? Verifier { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Set at closure: handled by <see cref="HandleDueAt"/>.</summary>
    public bool? ClosedOnTime { get; set; }

    /// <summary>挂账: parked with a supervisor's approval; the clock stops and the case is never escalated.</summary>
    public bool Parked { get; set; }

    public string? ParkReason { get; set; }
    public string? ParkApprovedBy { get; set; }

    /// <summary>The frontage (门前五包) whose failed ratings opened this case, if any.</summary>
    public Guid? FrontageId { get; set; }

    /// <summary>The step deadline that was last escalated: one escalation per overdue occurrence.</summary>
    public DateTimeOffset? EscalatedForDueAt { get; set; }

    public int Version { get; set; }
}

/// <summary>One report from the public intake: the one that opened a case, or a duplicate linked to it. Each reporter has their own tracking token.</summary>
internal sealed class Report
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }

    /// <summary>Random, URL-safe, 128 bits or more; unique.</summary>
    public required string TrackingToken { get; set; }

    public bool IsDuplicate { get; set; }
    public required string Description { get; set; }
    public string? ContactPhone { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public DateTimeOffset ReportedAt { get; set; }
}

/// <summary>How many public reports one client address sent in one minute (minutes since 1970, UTC).</summary>
internal sealed class IntakeWindow
{
    public required string ClientAddress { get; set; }
    public long Minute { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// The next case sequence number of a year. Taking a number bumps this one row in the transaction that saves the case,
/// so concurrent intakes queue on the row instead of colliding on the unique (year, sequence) index.
/// </summary>
internal sealed class CaseCounter
{
    public int Year { get; set; }
    public int Next { get; set; }
}

/// <summary>An Idempotency-Key seen by the intake, with a hash of the request it answered.</summary>
internal sealed class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public Guid ReportId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum PhotoStage
{
    Report,
    Handling,
}

/// <summary>A photo, as bytes in the module's own table.</summary>
internal sealed class CasePhoto
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid? ReportId { get; set; }
    public PhotoStage Stage { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The case history: every transition, escalation, linked report and read of the contact phone.</summary>
internal sealed class CaseEvent
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public CaseState State { get; set; }
    public string? Note { get; set; }
}

public enum CalendarDayKind
{
    /// <summary>法定节假日: a weekday off.</summary>
    Holiday,

    /// <summary>调休: a weekend day worked.</summary>
    MakeUpWorkday,
}

/// <summary>An exception to the Monday–Friday working week.</summary>
internal sealed class CalendarDay
{
    public DateOnly Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public required string Name { get; set; }
}

public enum ExposureKind
{
    /// <summary>典型案例媒体曝光.</summary>
    MediaTypicalCase,

    /// <summary>媒体执法联动.</summary>
    JointAction,

    /// <summary>省暗访曝光: read by the assessment's exposure line.</summary>
    ProvincialUndercover,
}

/// <summary>An exposure or joint action recorded by enforcement.</summary>
internal sealed class ExposureEntry : ITownshipOwned
{
    public Guid Id { get; set; }
    public ExposureKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public Guid? TownshipId { get; set; }
    public Guid? CaseId { get; set; }
    public required string Outlet { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>The nightly on-time figures of one township for the year up to a day.</summary>
internal sealed class OnTimeSnapshot : ITownshipOwned
{
    public long Id { get; set; }
    public Guid TownshipId { get; set; }
    public DateOnly Day { get; set; }
    public int Due { get; set; }
    public int OnTime { get; set; }
}

/// <summary>The five duties of a frontage agreement (门前五包).</summary>
[Flags]
public enum FrontageDuties
{
    None = 0,

    /// <summary>包卫生.</summary>
    Cleanliness = 1,

    /// <summary>包秩序.</summary>
    Order = 2,

    /// <summary>包绿化.</summary>
    Greening = 4,

    /// <summary>包设施.</summary>
    Facilities = 8,

    /// <summary>包市容.</summary>
    Appearance = 16,
}

/// <summary>A shop or unit that signed a frontage agreement (门前五包责任书) for the stretch in front of its door.</summary>
internal sealed class Frontage : ITownshipOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public required string Name { get; set; }
    public required string Address { get; set; }

    /// <summary>Set when the frontage is a responsible unit's own (a unit leads by example; it counts in the unit's record).</summary>
    public Guid? UnitId { get; set; }

    /// <summary>党员户 or 党员经营户: a party member leads by example too.</summary>
    public bool PartyMember { get; set; }

    public DateOnly AgreementSignedOn { get; set; }
    public FrontageDuties Duties { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>Raised by every correction, so that a correction made on a stale page is refused rather than overwriting another.</summary>
    public int Version { get; set; }
}

/// <summary>A patrol's rating of a frontage: passed, or failed on the duties named.</summary>
internal sealed class FrontageRating : ITownshipOwned
{
    public long Id { get; set; }
    public Guid FrontageId { get; set; }
    public Guid TownshipId { get; set; }
    public DateOnly RatedOn { get; set; }
    public bool Passed { get; set; }
    public FrontageDuties FailedDuties { get; set; }
    public required string Rater { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Where a citizen case due on a day stands for the 按期办结 line.</summary>
public enum CaseDueOutcome
{
    /// <summary>Not closed (yet): counts as due and not on time.</summary>
    Open,

    /// <summary>Closed, the handling done after its deadline.</summary>
    ClosedLate,

    /// <summary>Closed, the handling done by its deadline.</summary>
    ClosedOnTime,
}

/// <summary>
/// Per city day of the handling deadline, township and outcome: how many citizen cases (随手拍 and phone or live reports,
/// parked ones aside) fall there. Kept by <see cref="EnforcementDbContext"/> in the transaction of every case change, so
/// the on-time line reads a few rows per township and day instead of the 200,000 cases of a province's year.
/// </summary>
internal sealed class CaseDueTally : ITownshipOwned
{
    public DateOnly Day { get; set; }
    public Guid TownshipId { get; set; }
    public CaseDueOutcome Outcome { get; set; }
    public int Cases { get; set; }
}

/// <summary>
/// The <see cref="CaseDueTally"/> rows summed per month of the deadline (<see cref="Month"/>: its first day), kept in the
/// same transaction: a year's on-time line reads about twelve rows per township and outcome instead of some 365.
/// </summary>
internal sealed class CaseDueMonthTally : ITownshipOwned
{
    public DateOnly Month { get; set; }
    public Guid TownshipId { get; set; }
    public CaseDueOutcome Outcome { get; set; }
    public int Cases { get; set; }
}
