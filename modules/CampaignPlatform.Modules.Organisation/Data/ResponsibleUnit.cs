using CampaignPlatform.Kernel.Organisation;

namespace CampaignPlatform.Modules.Organisation.Data;

/// <summary>A department or unit (部门/单位) that claims and fixes rectification items.</summary>
internal sealed class ResponsibleUnit
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }

    public UnitInfo ToInfo() => new(Id, Code, Name, RetiredAt is not null);
}
