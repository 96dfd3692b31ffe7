namespace CampaignPlatform.Modules.RuralUpkeep.Inspections;

/// <summary>The 0–100 score of an inspection: the weight of the passed items over the weight of all items.</summary>
internal static class InspectionScoring
{
    public static decimal Score(IEnumerable<(int Weight, bool Passed)> answers)
    {
        var list = answers.ToList();
        var total = list.Sum(a => a.Weight);
        if (total <= 0)
        {
            return 0m;
        }

        return Math.Round(100m * list.Where(a => a.Passed).Sum(a => a.Weight) / total, 1, MidpointRounding.AwayFromZero);
    }
}
