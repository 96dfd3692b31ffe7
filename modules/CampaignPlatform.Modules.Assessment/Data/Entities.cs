using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.Assessment.Data;

/// <summary>How a scheme line earns its points.</summary>
public enum ScoreRule
{
    /// <summary>The sum of its children.</summary>
    Sum,

    /// <summary>All or nothing, from the newest recorded fact of <see cref="SchemeLine.FactKind"/>.</summary>
    AllOrNothing,

    /// <summary>Provincial exposures: none → all points; the first → −30; a second or more → nothing.</summary>
    Exposure,

    /// <summary>Fed by the modules' score lines with key <see cref="SchemeLine.LineKey"/>; summed and capped.</summary>
    ModuleLines,
}

/// <summary>A city-wide fact the scheme reads: the 11 prerequisites met, the technical assessment passed.</summary>
public enum FactKind
{
    Prerequisites,
    TechnicalAssessment,
}

/// <summary>One line of the scoring scheme (千分制考核) of one year.</summary>
internal sealed class SchemeLine
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Code { get; set; }
    public string? ParentCode { get; set; }
    public required string NameZh { get; set; }
    public decimal Points { get; set; }
    public ScoreRule Rule { get; set; }
    public FactKind? FactKind { get; set; }
    public string? LineKey { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A recorded fact; the history is kept and the newest (by date, then by recording) wins.</summary>
internal sealed class AssessmentFact
{
    public long Id { get; set; }
    public int Year { get; set; }
    public FactKind Kind { get; set; }
    public bool Met { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>An exposure by the province (e.g. in the undercover video, 省暗访视频), city-wide or in one township.</summary>
internal sealed class Exposure : ITownshipOwned
{
    public Guid Id { get; set; }
    public int Year { get; set; }
    public DateOnly Date { get; set; }
    public Guid? TownshipId { get; set; }
    public required string Description { get; set; }
    public required string Source { get; set; }

    /// <summary>Set when another module recorded it ({module}:{reference}); unique, so a repeated notification stores it once.</summary>
    public string? SourceReference { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>A scorecard as the nightly recompute stored it: one per scope (the city or a township) and city day.</summary>
internal sealed class ScoreSnapshot : ITownshipOwned
{
    public const string CityScope = "city";

    public long Id { get; set; }
    public int Year { get; set; }
    public DateOnly Day { get; set; }

    /// <summary><see cref="CityScope"/> or the township id: never null, so the unique index holds on SQLite too.</summary>
    public required string Scope { get; set; }

    public Guid? TownshipId { get; set; }
    public decimal PointsEarned { get; set; }
    public decimal PointsPossible { get; set; }

    /// <summary>The whole scorecard, line by line, as JSON.</summary>
    public required string Scorecard { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
    public Guid? RunId { get; set; }

    public static string ScopeOf(Guid? townshipId) => townshipId?.ToString() ?? CityScope;
}

public enum IndicatorKind
{
    Prerequisite,
    Indicator,
}

public enum ThresholdComparison
{
    AtLeast,
    AtMost,
}

/// <summary>A prerequisite (必备条件) or an indicator of the national standard, with its last recorded value.</summary>
internal sealed class StandardIndicator
{
    public required string Code { get; set; }
    public IndicatorKind Kind { get; set; }

    /// <summary>1..8 for the standard's categories; 0 for the prerequisites.</summary>
    public int Category { get; set; }

    public required string CategoryZh { get; set; }
    public required string NameZh { get; set; }
    public required string ThresholdText { get; set; }
    public decimal? ThresholdValue { get; set; }
    public ThresholdComparison? Comparison { get; set; }
    public string? Unit { get; set; }
    public string? LeadUnit { get; set; }
    public string? SeedNote { get; set; }
    public int SortOrder { get; set; }

    public decimal? LastValue { get; set; }
    public bool? LastMet { get; set; }
    public DateOnly? LastValueOn { get; set; }
    public string? LastValueNote { get; set; }
}

/// <summary>One recorded value of an indicator; the newest is copied onto the indicator.</summary>
internal sealed class IndicatorValue
{
    public long Id { get; set; }
    public required string IndicatorCode { get; set; }
    public decimal? Value { get; set; }
    public bool Met { get; set; }
    public DateOnly Date { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>A record filed in an indicator's evidence pack (迎检档案台账); one per (indicator, source module, source reference).</summary>
internal sealed class EvidenceLink : ITownshipOwned
{
    public long Id { get; set; }
    public required string IndicatorCode { get; set; }
    public required string SourceModule { get; set; }
    public required string SourceReference { get; set; }
    public Guid? TownshipId { get; set; }
    public required string Description { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateTimeOffset LinkedAt { get; set; }
    public required string LinkedBy { get; set; }
}
