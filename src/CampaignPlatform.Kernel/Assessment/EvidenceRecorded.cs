using CampaignPlatform.Kernel.Messaging;

namespace CampaignPlatform.Kernel.Assessment;

/// <summary>
/// A record that proves one or more indicators of the national standard (an inspection, a disinfection log,
/// a closed case, a publicity activity). The assessment module files it in the indicator's evidence pack
/// (迎检档案台账), once per (source module, source reference, indicator).
/// </summary>
public sealed record EvidenceRecorded(
    string SourceModule,
    string SourceReference,
    Guid? TownshipId,
    IReadOnlyList<string> IndicatorCodes,
    string Description,
    DateOnly OccurredOn) : IDurableMessage;

/// <summary>
/// Codes of the standard's catalogue that modules link evidence to. The catalogue itself is data in the
/// assessment module (editable); these are the codes of its default seed.
/// </summary>
public static class StandardIndicators
{
    /// <summary>健康教育和健康促进: publicity, awareness.</summary>
    public const string HealthEducation = "2.1";

    /// <summary>市容环境卫生: city appearance and cleanliness, street order.</summary>
    public const string CityAppearance = "3.1";

    /// <summary>市容环境卫生: rural living environment and sanitation of villages and towns (城乡结合部、城中村、乡镇).</summary>
    public const string RuralSanitation = "3.6";

    /// <summary>重点场所卫生: public places' hygiene (markets, stations, service halls).</summary>
    public const string KeyPlacesHygiene = "5.1";

    /// <summary>重点场所卫生: schools' hygiene.</summary>
    public const string SchoolHygiene = "5.3";

    /// <summary>疾病防控与医疗卫生服务: hospitals' infection control and disinfection.</summary>
    public const string MedicalInstitutions = "7.3";

    /// <summary>爱国卫生组织管理: complaints platform, satisfaction ≥ 90 %.</summary>
    public const string PublicSatisfaction = "1.4";
}
