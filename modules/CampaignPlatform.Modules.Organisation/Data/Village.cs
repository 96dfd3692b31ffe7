using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;

namespace CampaignPlatform.Modules.Organisation.Data;

/// <summary>村 or 社区 within a township.</summary>
internal sealed class Village : ITownshipOwned
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public VillageKind Kind { get; set; }

    /// <summary>The township leader assigned to the village (包保干部).</summary>
    public string? LeaderName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }

    public VillageInfo ToInfo() => new(Id, TownshipId, Code, Name, Kind, RetiredAt is not null);
}
