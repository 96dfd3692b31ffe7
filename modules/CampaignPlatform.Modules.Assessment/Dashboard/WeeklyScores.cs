using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web.Charts;
using CampaignPlatform.Modules.Assessment.Snapshots;

namespace CampaignPlatform.Modules.Assessment.Dashboard;

/// <summary>The score per week from the nightly snapshots: the last snapshot of each week, the most recent weeks that have one.</summary>
internal static class WeeklyScores
{
    public const int Weeks = 12;

    public static IReadOnlyList<ChartPoint> From(IEnumerable<SnapshotDto> snapshots) =>
        snapshots
            .GroupBy(s => CityWeeks.StartOf(s.Day))
            .OrderByDescending(g => g.Key)
            .Take(Weeks)
            .OrderBy(g => g.Key)
            .Select(g => new ChartPoint(CityWeeks.Label(g.Key), g.MaxBy(s => s.Day)!.PointsEarned))
            .ToList();
}
