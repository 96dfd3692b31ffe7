using System.Globalization;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// The web UI speaks Simplified Chinese unless the user switched to English. Labels sit beside each other in the
/// page that shows them, so a page reads as a whole in both languages without resource files to keep in step.
/// </summary>
public static class UiText
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string zh, string en) => IsEnglish ? en : zh;
}
