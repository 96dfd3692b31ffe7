using CampaignPlatform.Modules.RuralUpkeep.Data;

namespace CampaignPlatform.Modules.RuralUpkeep.FiveHaves;

internal static class FiveHaveLabels
{
    public static IReadOnlyList<FiveHaveKind> All { get; } = Enum.GetValues<FiveHaveKind>();

    public static string Zh(FiveHaveKind kind) => kind switch
    {
        FiveHaveKind.Rules => "有制度",
        FiveHaveKind.Standards => "有标准",
        FiveHaveKind.Team => "有队伍",
        FiveHaveKind.Funding => "有经费",
        FiveHaveKind.Inspection => "有检查",
        _ => kind.ToString(),
    };
}
