namespace CampaignPlatform.Modules.Enablement;

/// <summary>
/// <c>Modules:EnabledByDefault</c>: ids of non-core modules that are on in a township nobody has switched yet
/// (default: none, so a new township starts with every campaign module off).
/// </summary>
internal sealed class EnablementOptions
{
    public const string Section = "Modules";

    public List<string> EnabledByDefault { get; set; } = [];
}
