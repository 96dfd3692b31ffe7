using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.DemonstrationCreation.Data;

namespace CampaignPlatform.Modules.DemonstrationCreation.Titles;

/// <summary>The one way a title is withdrawn (撤销), whether by a failed yearly review or a supervisor's decision.</summary>
internal static class TitleChanges
{
    public static void EnsureHeld(DemonstrationTitle title)
    {
        if (title.State != TitleState.Held)
        {
            throw new ConflictException($"“{title.PlaceName}”的称号已于 {title.WithdrawnOn:yyyy-MM-dd} 撤销。The title was already withdrawn.")
                .With("currentState", title.State.ToString());
        }
    }

    public static void Withdraw(DemonstrationTitle title, DateOnly on, string reason, string by)
    {
        title.State = TitleState.Withdrawn;
        title.WithdrawnOn = on;
        title.WithdrawnReason = reason;
        title.WithdrawnBy = by;
    }
}
