using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.DemonstrationCreation.Data;

/// <summary>The kinds of demonstration a place can be named (示范创建).</summary>
public enum DemonstrationKind
{
    Street,
    Unit,
    Campus,
    Hospital,
    Market,
    VillageOrCommunity,
}

/// <summary>申报 → 已命名 (a review reached the pass mark) or 未通过 (it did not).</summary>
public enum ApplicationState
{
    Submitted,
    Granted,
    NotPassed,
}

/// <summary>A title is held until a yearly review fails or a supervisor withdraws it (撤销).</summary>
public enum TitleState
{
    Held,
    Withdrawn,
}

/// <summary>现场评审 of an application, or 复审 of a title a year on.</summary>
public enum ReviewKind
{
    Initial,
    Yearly,
}

public static class DemonstrationLabels
{
    public static string Of(DemonstrationKind kind) => kind switch
    {
        DemonstrationKind.Street => "示范街",
        DemonstrationKind.Unit => "示范单位",
        DemonstrationKind.Campus => "示范校园",
        DemonstrationKind.Hospital => "示范医院",
        DemonstrationKind.Market => "示范集市",
        _ => "示范村(社区)",
    };

    public static string Of(ApplicationState state) => state switch
    {
        ApplicationState.Submitted => "已申报",
        ApplicationState.Granted => "已命名",
        _ => "未通过",
    };

    public static string Of(TitleState state) => state == TitleState.Held ? "有效" : "已撤销";

    public static string Of(ReviewKind kind) => kind == ReviewKind.Initial ? "现场评审" : "年度复审";
}

/// <summary>
/// One criterion (评分标准) of a kind with the points it is worth, kept by city administrators. City-wide, so no owner.
/// A retired criterion is no longer scored; past reviews keep the name and points they were scored against.
/// </summary>
internal sealed class Criterion : IVersioned
{
    public const int MaxName = 200;
    public const int MaxPoints = 100;

    public Guid Id { get; set; }
    public DemonstrationKind Kind { get; set; }
    public required string Name { get; set; }
    public int Points { get; set; }
    public int SortOrder { get; set; }
    public bool Retired { get; set; }
    public int Version { get; set; }
}

/// <summary>A township's application (申报) to name a place of a kind.</summary>
internal sealed class DemonstrationApplication : ITownshipOwned, IVersioned
{
    public const int MaxName = 200;
    public const int MaxAddress = 500;

    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public DemonstrationKind Kind { get; set; }
    public required string PlaceName { get; set; }
    public string? UnitName { get; set; }
    public required string Address { get; set; }
    public ApplicationState State { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required string SubmittedBy { get; set; }
    public int Version { get; set; }
}

/// <summary>A title (称号) granted to a place; its yearly review (复审) falls due on <see cref="NextReviewDue"/>.</summary>
internal sealed class DemonstrationTitle : ITownshipOwned, IVersioned
{
    public const int MaxReason = 500;

    public Guid Id { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid TownshipId { get; set; }
    public Guid? VillageId { get; set; }
    public DemonstrationKind Kind { get; set; }
    public required string PlaceName { get; set; }
    public string? UnitName { get; set; }
    public required string Address { get; set; }
    public DateOnly GrantedOn { get; set; }
    public DateOnly NextReviewDue { get; set; }
    public TitleState State { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public string? WithdrawnReason { get; set; }
    public string? WithdrawnBy { get; set; }
    public int Version { get; set; }
}

/// <summary>An on-site review with a score per criterion; it passes when its percentage reaches the pass mark.</summary>
internal sealed class Review : ITownshipOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid? TitleId { get; set; }
    public ReviewKind Kind { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public required string Reviewer { get; set; }
    public decimal Earned { get; set; }
    public decimal Possible { get; set; }
    public decimal Percentage { get; set; }
    public decimal PassMark { get; set; }
    public bool Passed { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public List<CriterionScore> Scores { get; set; } = [];
}

/// <summary>The score one criterion got in a review, with the name and points as they were then.</summary>
internal sealed class CriterionScore
{
    public Guid CriterionId { get; set; }
    public required string CriterionName { get; set; }
    public int Points { get; set; }
    public decimal Score { get; set; }
}
