using CampaignPlatform.Kernel.Messaging;

namespace CampaignPlatform.Kernel.Rectification;

public enum ProblemSeverity
{
    Normal,
    Major,
}

/// <summary>
/// "A problem was found": any module enqueues it (a durable message, delivered at least once); the rectification
/// module turns it into exactly one rectification item per (<see cref="SourceModule"/>, <see cref="SourceReference"/>),
/// however often it arrives.
/// </summary>
/// <param name="SourceModule">Id of the module that found it.</param>
/// <param name="SourceReference">The module's own stable reference for this problem (e.g. "inspection:{id}:item:{code}").</param>
/// <param name="TownshipId">Where.</param>
/// <param name="VillageId">The village or community, if the problem is in one.</param>
/// <param name="Category">Short category in the users' words (e.g. 三堆清理, 消毒不达标).</param>
/// <param name="Description">What was found.</param>
/// <param name="Severity">Major problems go straight under listed supervision (挂牌督办).</param>
/// <param name="SuggestedUnitCode">Code of the responsible unit the finder suggests (e.g. ZJJ for 住建局), if any.</param>
/// <param name="DeadlineDays">Days from today (city calendar) to fix it.</param>
public sealed record ProblemFound(
    string SourceModule,
    string SourceReference,
    Guid TownshipId,
    Guid? VillageId,
    string Category,
    string Description,
    ProblemSeverity Severity,
    string? SuggestedUnitCode,
    int DeadlineDays) : IDurableMessage;
