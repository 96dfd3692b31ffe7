using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>How the enforcement pages word categories, states, levels and times, Chinese first.</summary>
internal static class CaseView
{
    public static string Label(CaseCategory category) => UiText.Pick(EnforcementLabels.Of(category), category.ToString());

    public static string Label(CaseState state) => UiText.Pick(EnforcementLabels.Of(state), state.ToString());

    public static string Label(CaseSource source) => UiText.Pick(EnforcementLabels.Of(source), source.ToString());

    public static string Label(CaseLevel level) => UiText.Pick(EnforcementLabels.Of(level), level.ToString());

    public static string Label(ExposureKind kind) => UiText.Pick(EnforcementLabels.Of(kind), kind.ToString());

    public static IEnumerable<SelectListItem> Options<TEnum>(Func<TEnum, string> label) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => new SelectListItem(label(v), v.ToString()));

    public static string CityTime(DateTimeOffset? at) => at is { } value ? CityClock.ToCityTime(value).ToString("yyyy-MM-dd HH:mm") : "—";
}
