using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Checks.Data;

namespace CampaignPlatform.Modules.Checks.Listing;

/// <summary>How runs read in the web UI: outcomes in Chinese (English on request) and instants in the city's time.</summary>
internal static class CheckLabels
{
    public static string Of(CheckRunOutcome outcome) => outcome switch
    {
        CheckRunOutcome.Queued => UiText.Pick("排队中", "Queued"),
        CheckRunOutcome.Running => UiText.Pick("运行中", "Running"),
        CheckRunOutcome.Succeeded => UiText.Pick("成功", "Succeeded"),
        CheckRunOutcome.Failed => UiText.Pick("失败", "Failed"),
        CheckRunOutcome.Retrying => UiText.Pick("出错，待重试", "Failed, will retry"),
        _ => UiText.Pick("已跳过", "Skipped"),
    };

    public static string Of(CheckTrigger trigger) => trigger == CheckTrigger.OnDemand ? UiText.Pick("手动", "On demand") : UiText.Pick("定时", "Scheduled");

    public static string CityTime(DateTimeOffset at) => CityClock.ToCityTime(at).ToString("yyyy-MM-dd HH:mm");

    /// <summary>How long a finished run took, e.g. "1.2 s"; empty while it has not finished.</summary>
    public static string Duration(CheckRunDto run) =>
        run is { StartedAt: { } started, FinishedAt: { } finished } ? $"{(finished - started).TotalSeconds:0.0} s" : "";
}
