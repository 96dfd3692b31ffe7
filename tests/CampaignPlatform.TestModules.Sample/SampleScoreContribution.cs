using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using MediatR;

namespace CampaignPlatform.TestModules.Sample;

/// <summary>
/// The sample module's score contribution, with known figures: handwashing 52 of 65 and an awareness line (no
/// scheme line takes it). For the city it counts only the townships where the module is on, and adds nothing when
/// it is on nowhere; for one township (alone or among several asked for at once) it always answers, so the assessment can be seen
/// dropping it where it is off.
/// </summary>
public sealed class SampleScoreContribution(IMediator mediator) : INotificationHandler<CollectScoreContributions>
{
    public const decimal HandwashingEarned = 52;
    public const decimal HandwashingPossible = 65;
    public const decimal AwarenessEarned = 80;

    public async Task Handle(CollectScoreContributions notification, CancellationToken cancellationToken)
    {
        if (notification.EachTownship is { } each)
        {
            foreach (var township in each)
            {
                AddLines(line => notification.Add(township, line), 1);
            }

            return;
        }

        var townships = notification.TownshipId is null
            ? (await mediator.Send(new ListTownshipsWhereEnabled("sample"), cancellationToken)).Count
            : 1;
        if (townships == 0)
        {
            return;
        }

        AddLines(notification.Add, townships);
    }

    private static void AddLines(Action<ScoreLine> add, int townships)
    {
        add(new ScoreLine(
            "sample", ScoreLineKeys.Handwashing, "勤洗手（示例）", HandwashingEarned, HandwashingPossible,
            $"{townships} 个乡镇 40 处场所中 32 处洗手设施完好 / 32 of 40 sites with a working facility",
            new Dictionary<string, decimal> { ["sites"] = 40, ["sitesWithWorkingFacility"] = 32, ["townships"] = townships }));
        add(new ScoreLine(
            "sample", ScoreLineKeys.Awareness, "知晓率（示例）", AwarenessEarned, 100, "知晓率 80% / awareness 80 %"));
    }
}
