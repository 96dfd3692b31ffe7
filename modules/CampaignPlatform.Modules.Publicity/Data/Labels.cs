namespace CampaignPlatform.Modules.Publicity.Data;

/// <summary>The Chinese words the office uses, for DTOs and ledgers.</summary>
internal static class Labels
{
    public static string Of(Channel channel) => channel switch
    {
        Channel.Broadcast => "广播",
        Channel.Television => "电视",
        Channel.Website => "网站",
        Channel.NewMedia => "新媒体",
        Channel.BulletinBoard => "宣传栏",
        Channel.CivilisationPracticeCentre => "新时代文明实践中心",
        Channel.OnSiteEvent => "现场活动",
        _ => "户主会",
    };

    public static string Of(OrganiserKind kind) => kind switch
    {
        OrganiserKind.Unit => "单位",
        OrganiserKind.Union => "工会",
        OrganiserKind.YouthLeague => "共青团",
        OrganiserKind.WomensFederation => "妇联",
        OrganiserKind.VolunteerTeam => "志愿服务队",
        _ => "其他",
    };

    public static string Of(VolunteerWorkKind kind) => kind == VolunteerWorkKind.VolunteerService ? "志愿服务" : "义务劳动";

    public static string Of(SurveyKind kind) => kind switch
    {
        SurveyKind.Awareness => "知晓率",
        SurveyKind.Participation => "参与率",
        _ => "满意度",
    };

    public static string Of(SurveyConductor conductor) => conductor == SurveyConductor.ThirdParty ? "第三方" : "内部";

    public static string Of(SurveyEntryKind kind) => kind == SurveyEntryKind.OneByOne ? "逐份录入" : "汇总录入";
}
