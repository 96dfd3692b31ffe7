using CampaignPlatform.Modules.Assessment.Data;

namespace CampaignPlatform.Modules.Assessment.Standard;

/// <summary>Whether a recorded value meets an indicator's threshold. Pure, so the rule is unit-tested directly.</summary>
internal static class ReadinessRules
{
    /// <summary>
    /// With a numeric threshold, the value decides (≥ or ≤); without one, what the recorder said (<paramref name="statedMet"/>).
    /// Null when it cannot be told: no value where one is needed, nor a statement where there is no threshold.
    /// </summary>
    public static bool? Met(decimal? threshold, ThresholdComparison? comparison, decimal? value, bool? statedMet)
    {
        if (threshold is not { } limit)
        {
            return statedMet;
        }

        if (value is not { } v)
        {
            return null;
        }

        return comparison == ThresholdComparison.AtMost ? v <= limit : v >= limit;
    }
}
