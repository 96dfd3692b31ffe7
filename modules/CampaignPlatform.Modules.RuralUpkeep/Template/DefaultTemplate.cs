using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Template;

/// <summary>The default checklist (weights add up to 100), from the campaign's rural upkeep tasks.</summary>
internal static class DefaultTemplate
{
    public static IReadOnlyList<TemplateItem> Items() =>
    [
        Item("heaps-rubbish", "垃圾堆清出村", 10, 1, "ZJJ"),
        Item("heaps-manure", "粪堆清出村", 10, 2, "NNJ"),
        Item("heaps-straw", "柴草堆清出村", 10, 3, "NNJ"),
        Item("sewage", "生活污水治理", 15, 4, "ZJJ"),
        Item("black-water", "黑臭水体治理", 15, 5, "STHJ"),
        Item("non-point", "农业面源污染防治", 10, 6, "NNJ"),
        Item("rubbish-chain", "生活垃圾收运处置", 15, 7, "ZJJ"),
        Item("green-clean", "乡村清洁和绿化", 10, 8, null),
        Item("five-haves", "长效管护机制“五有”落实", 5, 9, null),
    ];

    private static TemplateItem Item(string code, string name, int weight, int order, string? unit) =>
        new() { Code = code, NameZh = name, Weight = weight, SortOrder = order, UnitCode = unit };
}

/// <summary>Seeds the default checklist into an empty table once, at start-up.</summary>
internal sealed class TemplateSeeder(RuralUpkeepDbContext db) : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (await db.TemplateItems.AnyAsync(cancellationToken))
        {
            return;
        }

        db.TemplateItems.AddRange(DefaultTemplate.Items());
        await db.SaveChangesAsync(cancellationToken);
    }
}
