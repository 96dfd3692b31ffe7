using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Assessment.Data;

namespace CampaignPlatform.Modules.Assessment.Schemes;

/// <summary>The 2021 provincial scheme (千分制考核) from the dispatch-meeting speech: the default of every year.</summary>
internal static class DefaultScheme
{
    public const string Creation = "creation";
    public const string Prerequisites = "prerequisites";
    public const string TechnicalAssessment = "technical-assessment";
    public const string Exposure = "exposure";
    public const string Supervision = "supervision";

    public static IReadOnlyList<SchemeLine> For(int year) =>
    [
        Line(year, 1, Creation, null, "创卫", 800, ScoreRule.Sum),
        Line(year, 2, Prerequisites, Creation, "11项必备条件", 50, ScoreRule.AllOrNothing, fact: FactKind.Prerequisites),
        Line(year, 3, TechnicalAssessment, Creation, "技术评估", 630, ScoreRule.AllOrNothing, fact: FactKind.TechnicalAssessment),
        Line(year, 4, ScoreLineKeys.Handwashing, Creation, "勤洗手", 65, ScoreRule.ModuleLines, key: ScoreLineKeys.Handwashing),
        Line(year, 5, ScoreLineKeys.Disinfection, Creation, "常消毒", 55, ScoreRule.ModuleLines, key: ScoreLineKeys.Disinfection),
        Line(year, 6, Exposure, null, "检查曝光", 100, ScoreRule.Exposure),
        Line(year, 7, Supervision, null, "社会监督", 100, ScoreRule.Sum),
        Line(year, 8, ScoreLineKeys.ComplaintsOnTime, Supervision, "按期办结", 50, ScoreRule.ModuleLines, key: ScoreLineKeys.ComplaintsOnTime),
        Line(year, 9, ScoreLineKeys.Satisfaction, Supervision, "第三方满意度", 50, ScoreRule.ModuleLines, key: ScoreLineKeys.Satisfaction),
    ];

    public static SchemeLine CopyTo(this SchemeLine line, int year) => Line(
        year, line.SortOrder, line.Code, line.ParentCode, line.NameZh, line.Points, line.Rule, line.FactKind, line.LineKey);

    private static SchemeLine Line(
        int year, int order, string code, string? parent, string nameZh, decimal points, ScoreRule rule, FactKind? fact = null, string? key = null) =>
        new()
        {
            Year = year, SortOrder = order, Code = code, ParentCode = parent, NameZh = nameZh, Points = points, Rule = rule,
            FactKind = fact, LineKey = key,
        };
}
