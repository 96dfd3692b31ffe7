using CampaignPlatform.Kernel.Organisation;

namespace CampaignPlatform.Modules.Organisation.Data;

/// <summary>乡、镇、街道. Retired townships keep their records and history but take no new work.</summary>
internal sealed class Township
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public TownshipKind Kind { get; set; }
    public bool InBuiltUpArea { get; set; }
    public SanitaryTitle SanitaryTitle { get; set; }

    /// <summary>The city leader assigned to the township (包保领导).</summary>
    public string? LeaderName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }

    public TownshipInfo ToInfo() => new(Id, Code, Name, Kind, InBuiltUpArea, SanitaryTitle, RetiredAt is not null);
}
