namespace CampaignPlatform.Generator;

/// <summary>How big a generated city is. <see cref="Province"/> is the size the benchmarks are measured at.</summary>
/// <param name="Townships">乡、镇、街道.</param>
/// <param name="Villages">村、社区, spread evenly over the townships.</param>
/// <param name="HygieneSites">Public places with handwashing facilities and a disinfection log.</param>
/// <param name="LogDays">Days of disinfection log and monthly facility checks, ending yesterday.</param>
/// <param name="EnforcementCases">Cases reported over the same days.</param>
/// <param name="RectificationItems">Items opened over the same days.</param>
public sealed record CitySize(int Townships, int Villages, int HygieneSites, int LogDays, int EnforcementCases, int RectificationItems)
{
    public static CitySize Province { get; } = new(150, 100_000, 20_000, 365, 200_000, 1_000_000);

    public static CitySize Tiny { get; } = new(2, 50, 10, 14, 40, 200);
}
