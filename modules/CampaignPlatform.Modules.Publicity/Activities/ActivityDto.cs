using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;

namespace CampaignPlatform.Modules.Publicity.Activities;

internal sealed record ActivityDto(
    Guid Id,
    Guid TownshipId,
    Guid? VillageId,
    string? VillageName,
    Channel Channel,
    string ChannelZh,
    string Title,
    DateOnly HeldOn,
    OrganiserDto Organiser,
    int Participants,
    int EstimatedReach,
    string? EvidenceNote,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    DateTimeOffset? ChangedAt,
    string? ChangedBy,
    int Version)
{
    public static ActivityDto From(Activity a, string? villageName) => new(
        a.Id, a.TownshipId, a.VillageId, villageName, a.Channel, Labels.Of(a.Channel), a.Title, a.HeldOn, OrganiserDto.From(a.Organiser),
        a.Participants, a.EstimatedReach, a.EvidenceNote, a.RecordedAt, a.RecordedBy, a.ChangedAt, a.ChangedBy, a.Version);
}
