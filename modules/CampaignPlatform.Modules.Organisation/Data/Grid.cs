namespace CampaignPlatform.Modules.Organisation.Data;

/// <summary>网格: the patch of a village one grid worker (网格员) looks after.</summary>
internal sealed class Grid
{
    public Guid Id { get; set; }
    public Guid VillageId { get; set; }
    public required string Name { get; set; }
    public string? WorkerName { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
}
