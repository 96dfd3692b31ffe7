using CampaignPlatform.Modules.Publicity.Data;

namespace CampaignPlatform.Modules.Publicity.Surveys;

internal sealed record SurveyRoundDto(
    Guid Id,
    Guid? TownshipId,
    string ScopeZh,
    SurveyKind Kind,
    string KindZh,
    SurveyConductor Conductor,
    string ConductorZh,
    string? AgencyName,
    string Title,
    DateOnly From,
    DateOnly To,
    string Status,
    DateTimeOffset? ClosedAt,
    RateEstimate Result,
    int Version)
{
    public const string CityWideZh = "全市";

    public static SurveyRoundDto Of(SurveyRound r, string? townshipName) => new(
        r.Id, r.TownshipId, r.TownshipId is null ? CityWideZh : townshipName ?? "", r.Kind, Labels.Of(r.Kind), r.Conductor, Labels.Of(r.Conductor),
        r.AgencyName, r.Title, r.From, r.To, r.ClosedAt is null ? "Open" : "Closed", r.ClosedAt, SurveyRate.Of(r.PositiveCount, r.SampleSize), r.Version);
}
