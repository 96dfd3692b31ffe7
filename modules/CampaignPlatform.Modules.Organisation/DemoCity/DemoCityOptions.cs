namespace CampaignPlatform.Modules.Organisation.DemoCity;

/// <summary><c>Demo:Seed</c> (default true): fill an empty database with the demo city on first start.</summary>
internal sealed class DemoCityOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; } = true;
}
