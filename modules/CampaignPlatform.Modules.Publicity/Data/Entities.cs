using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.Publicity.Data;

/// <summary>How an activity reached people.</summary>
public enum Channel
{
    /// <summary>广播.</summary>
    Broadcast,

    /// <summary>电视.</summary>
    Television,

    /// <summary>网站.</summary>
    Website,

    /// <summary>新媒体 (WeChat, short video).</summary>
    NewMedia,

    /// <summary>宣传栏.</summary>
    BulletinBoard,

    /// <summary>新时代文明实践中心.</summary>
    CivilisationPracticeCentre,

    /// <summary>现场活动.</summary>
    OnSiteEvent,

    /// <summary>户主会 (household meeting).</summary>
    HouseholdMeeting,
}

/// <summary>Who organised it: a unit of the organisation tree or a mass organisation.</summary>
public enum OrganiserKind
{
    /// <summary>A responsible unit (部门/单位) of the organisation tree.</summary>
    Unit,

    /// <summary>工会.</summary>
    Union,

    /// <summary>共青团.</summary>
    YouthLeague,

    /// <summary>妇联.</summary>
    WomensFederation,

    /// <summary>志愿服务队.</summary>
    VolunteerTeam,

    /// <summary>其他 (named).</summary>
    Other,
}

/// <summary>志愿服务 or 义务劳动.</summary>
public enum VolunteerWorkKind
{
    VolunteerService,
    UnpaidLabour,
}

/// <summary>知晓率, 参与率 or 满意度.</summary>
public enum SurveyKind
{
    Awareness,
    Participation,
    Satisfaction,
}

/// <summary>Who ran the survey: the campaign itself or an independent agency (第三方).</summary>
public enum SurveyConductor
{
    Internal,
    ThirdParty,
}

/// <summary>How answers were entered: one by one, or as a count of many.</summary>
public enum SurveyEntryKind
{
    OneByOne,
    Counts,
}

/// <summary>An organiser as stored on a record: the kind, the unit when it is one, and the name shown in ledgers.</summary>
internal sealed class Organiser
{
    public OrganiserKind Kind { get; set; }
    public Guid? UnitId { get; set; }
    public required string Name { get; set; }
}

/// <summary>One publicity activity (宣传活动).</summary>
internal sealed class Activity : ITownshipOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public Channel Channel { get; set; }
    public required string Title { get; set; }
    public DateOnly HeldOn { get; set; }
    public required Organiser Organiser { get; set; }
    public int Participants { get; set; }
    public int EstimatedReach { get; set; }
    public string? EvidenceNote { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
    public DateTimeOffset? ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>
/// One volunteer-service or unpaid-labour event. Hours are the event's total volunteer hours (what a team leader
/// adds up on the sign-in sheet), not hours per volunteer.
/// </summary>
internal sealed class VolunteerEvent : ITownshipOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public DateOnly HeldOn { get; set; }
    public VolunteerWorkKind Kind { get; set; }
    public required Organiser Organiser { get; set; }
    public int Volunteers { get; set; }
    public decimal TotalHours { get; set; }
    public required string Description { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>One adopted version of a village's rules (村规民约), agreed at a household meeting. Versions are numbered per village.</summary>
internal sealed class VillageRuleVersion : ITownshipOwned
{
    public long Id { get; set; }
    public Guid VillageId { get; set; }
    public Guid TownshipId { get; set; }
    public int Number { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public DateOnly MeetingOn { get; set; }
    public int HouseholdsPresent { get; set; }
    public required string Text { get; set; }

    /// <summary>The adoption date of the version that replaced this one; null while it is in force.</summary>
    public DateOnly? SupersededOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>A round of one survey kind, in one township or city-wide (<see cref="TownshipId"/> null).</summary>
internal sealed class SurveyRound : ITownshipOwned
{
    public Guid Id { get; set; }
    public Guid? TownshipId { get; set; }
    public SurveyKind Kind { get; set; }
    public SurveyConductor Conductor { get; set; }
    public string? AgencyName { get; set; }
    public required string Title { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>Totals of every entry, kept on the round so that an answer and a close racing each other collide on <see cref="Version"/>.</summary>
    public int SampleSize { get; set; }

    public int PositiveCount { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>One entry of a round: a single answer (sample 1) or a batch of counted answers.</summary>
internal sealed class SurveyEntry
{
    public long Id { get; set; }
    public Guid RoundId { get; set; }
    public SurveyEntryKind Kind { get; set; }
    public int SampleSize { get; set; }
    public int PositiveCount { get; set; }
    public Guid? VillageId { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
