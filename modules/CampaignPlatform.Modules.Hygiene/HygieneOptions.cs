using CampaignPlatform.Modules.Hygiene.Data;

namespace CampaignPlatform.Modules.Hygiene;

/// <summary>Configuration section <c>Hygiene</c>.</summary>
internal sealed class HygieneOptions
{
    public const string Section = "Hygiene";

    /// <summary>
    /// Required disinfections per day by site category (<c>Hygiene:Frequencies:Hospital = 3</c>). Categories not
    /// configured keep their defaults: hospitals and stations twice a day, every other category once.
    /// </summary>
    public Dictionary<SiteCategory, int> Frequencies { get; set; } = [];

    public int FrequencyOf(SiteCategory category) =>
        Frequencies.TryGetValue(category, out var perDay) && perDay > 0 ? perDay : DefaultFrequency(category);

    public static int DefaultFrequency(SiteCategory category) => category switch
    {
        SiteCategory.Hospital or SiteCategory.Station => 2,
        _ => 1,
    };
}
