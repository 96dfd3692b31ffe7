using CampaignPlatform.Modules.Checks.Data;

namespace CampaignPlatform.Modules.Checks.Listing;

public sealed record CheckRunDto(
    Guid Id, string CheckId, string ModuleId, CheckTrigger Trigger, string? RequestedBy, CheckRunOutcome Outcome,
    DateTimeOffset QueuedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt,
    int TownshipsCovered, int ItemsProcessed, int ItemsCreated, string? Summary, string? Error)
{
    internal static CheckRunDto From(CheckRun r) => new(
        r.Id, r.CheckId, r.ModuleId, r.Trigger, r.RequestedBy, r.Outcome, r.QueuedAt, r.StartedAt, r.FinishedAt,
        r.TownshipsCovered, r.ItemsProcessed, r.ItemsCreated, r.Summary, r.Error);
}

public sealed record CheckDto(
    string Id, string ModuleId, string ModuleNameZh, string NameZh, string Description, string Cron, string TimeZone,
    DateTimeOffset? NextRunAt, CheckRunDto? LastRun);

public sealed record RunQueuedDto(Guid RunId, string CheckId);
