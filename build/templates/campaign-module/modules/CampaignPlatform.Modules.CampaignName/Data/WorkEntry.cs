using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Modules.CampaignName.Data;

/// <summary>One piece of the campaign's work in a township. <see cref="ITownshipOwned"/>: each account reads only its own townships'.</summary>
internal sealed class WorkEntry : ITownshipOwned
{
    public const int MaxNote = 2000;

    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public DateOnly On { get; set; }
    public required string Note { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}
