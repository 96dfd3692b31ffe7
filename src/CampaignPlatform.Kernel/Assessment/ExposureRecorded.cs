using CampaignPlatform.Kernel.Messaging;

namespace CampaignPlatform.Kernel.Assessment;

/// <summary>
/// An exposure by the province (e.g. an undercover visit, 暗访曝光) recorded by a module, city-wide
/// (<see cref="TownshipId"/> null) or in one township. The assessment module stores it once per
/// (source module, source reference) and counts it in the exposure line (−30 for the first, then 0).
/// </summary>
public sealed record ExposureRecorded(
    string SourceModule,
    string SourceReference,
    DateOnly Date,
    Guid? TownshipId,
    string Description,
    string Kind) : IDurableMessage;
