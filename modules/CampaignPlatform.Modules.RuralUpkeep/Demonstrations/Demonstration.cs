using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.RuralUpkeep.Demonstrations;

public enum DemonstrationKind
{
    /// <summary>美丽宜居村庄: the village.</summary>
    LivableVillage,

    /// <summary>美丽庭院: one household's courtyard.</summary>
    Courtyard,
}

public enum DemonstrationStatus
{
    Proposed,
    Approved,
    Withdrawn,
}

/// <summary>A demonstration title (示范创建), proposed when eligible, approved by an administrator, withdrawn when the village slips.</summary>
internal sealed class Demonstration : ITownshipOwned, IVillageOwned
{
    public Guid Id { get; set; }
    public DemonstrationKind Kind { get; set; }
    public Guid TownshipId { get; set; }
    public Guid VillageId { get; set; }

    /// <summary>The household, for a courtyard.</summary>
    public string? Household { get; set; }

    public DemonstrationStatus Status { get; set; }
    public decimal AverageWhenProposed { get; set; }
    public DateTimeOffset ProposedAt { get; set; }
    public required string ProposedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawnReason { get; set; }
    public int Version { get; set; }
}

/// <summary>Whether a village may be proposed, and why not; pure, so the thresholds are unit-tested.</summary>
public sealed record EligibilityDto(
    bool Eligible, int InspectionsCounted, decimal? AverageOfLastFour, bool FiveHavesComplete, int OpenMajorItems, IReadOnlyList<string> Reasons);

internal static class DemonstrationRules
{
    public const int InspectionsCounted = 4;
    public const decimal EligibleAverage = 90m;
    public const decimal WithdrawBelow = 80m;

    /// <param name="latestScores">The village's inspection scores, newest first.</param>
    /// <param name="fiveHavesComplete">Whether all five haves are recorded.</param>
    /// <param name="openMajorItems">The village's major rectification items not yet signed off.</param>
    public static EligibilityDto Assess(IReadOnlyList<decimal> latestScores, bool fiveHavesComplete, int openMajorItems)
    {
        var lastFour = latestScores.Take(InspectionsCounted).ToList();
        decimal? average = lastFour.Count == 0 ? null : Math.Round(lastFour.Average(), 1, MidpointRounding.AwayFromZero);
        var reasons = new List<string>();
        if (lastFour.Count < InspectionsCounted)
        {
            reasons.Add($"检查不足{InspectionsCounted}次（{lastFour.Count}次）。Fewer than {InspectionsCounted} inspections ({lastFour.Count}).");
        }
        else if (average < EligibleAverage)
        {
            reasons.Add($"最近{InspectionsCounted}次检查平均{average}分，低于{EligibleAverage}分。The last {InspectionsCounted} average {average}, below {EligibleAverage}.");
        }

        if (!fiveHavesComplete)
        {
            reasons.Add("“五有”长效机制不健全。The five haves are not all in place.");
        }

        if (openMajorItems > 0)
        {
            reasons.Add($"有{openMajorItems}项重大整改事项未销号。{openMajorItems} major rectification item(s) still open.");
        }

        return new EligibilityDto(reasons.Count == 0, lastFour.Count, average, fiveHavesComplete, openMajorItems, reasons);
    }

    /// <summary>An approved title is withdrawn when the last four inspections average below 80.</summary>
    public static bool ShouldWithdraw(IReadOnlyList<decimal> latestScores) =>
        latestScores.Count > 0 && latestScores.Take(InspectionsCounted).Average() < WithdrawBelow;
}
