using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>What every new item gets, whoever files it: a deadline on the city calendar and, when major, listed supervision.</summary>
internal static class ItemFactory
{
    public sealed record NewItem(
        ItemSource Source,
        string SourceModule,
        string? SourceReference,
        Guid TownshipId,
        Guid? VillageId,
        string Category,
        string Description,
        string? Requirements,
        ProblemSeverity Severity,
        Guid? ResponsibleUnitId,
        int DeadlineDays);

    public static RectificationItem Create(NewItem spec, string actor, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var item = new RectificationItem
        {
            Source = spec.Source,
            SourceModule = spec.SourceModule,
            SourceReference = spec.SourceReference,
            TownshipId = spec.TownshipId,
            VillageId = spec.VillageId,
            Category = Clip(spec.Category, 64),
            Description = Clip(spec.Description, 2000),
            Requirements = spec.Requirements is null ? null : Clip(spec.Requirements, 2000),
            Severity = spec.Severity,
            ResponsibleUnitId = spec.ResponsibleUnitId,
            Deadline = CityClock.Today(time).AddDays(Math.Max(0, spec.DeadlineDays)),
            Status = ItemStatus.Open,
            CreatedAt = now,
            CreatedBy = actor,
        };
        item.History.Add(new ItemEvent { At = now, Actor = actor, Action = "open", ToStatus = ItemStatus.Open, Note = item.Description });
        if (spec.Severity == ProblemSeverity.Major)
        {
            item.Listed = true;
            item.ListedReason = "重大问题自动挂牌督办 major problem";
            item.ListedAt = now;
            item.History.Add(new ItemEvent { At = now, Actor = "system", Action = "list", FromStatus = ItemStatus.Open, ToStatus = ItemStatus.Open, Note = item.ListedReason });
        }

        return item;
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
