using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Hygiene.Sites;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>How the hygiene pages word a site's records.</summary>
internal static class SiteView
{
    public static string Facility(FacilityStateDto? check) => check is null
        ? UiText.Pick("尚未检查", "Not checked yet")
        : $"{check.CheckedOn:yyyy-MM-dd} · {UiText.Pick($"完好 {check.Working}/{check.Total}", $"{check.Working}/{check.Total} working")} · "
          + (check.SoapPresent ? UiText.Pick("有洗手液", "soap") : UiText.Pick("无洗手液", "no soap")) + " · "
          + (check.Adequate ? UiText.Pick("达标", "adequate") : UiText.Pick("不达标", "inadequate"));

    public static string CityTime(DateTimeOffset at) => CityClock.ToCityTime(at).ToString("yyyy-MM-dd HH:mm");
}
