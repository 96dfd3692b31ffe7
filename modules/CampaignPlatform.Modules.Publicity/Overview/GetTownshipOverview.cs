using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Activities;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Scoring;
using CampaignPlatform.Modules.Publicity.Surveys;
using CampaignPlatform.Modules.Publicity.Volunteering;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Overview;

/// <summary>
/// A township's publicity at a glance for a period (default: this year up to today): activities by channel, the last
/// one held, volunteer work, villages with rules in force, and the survey round each rate stands on (as for the score lines).
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetTownshipOverview(Guid TownshipId, DateOnly? From, DateOnly? To) : IRequest<TownshipOverviewDto>, ITownshipScoped, IDateRange;

internal sealed record ChannelFigures(Channel Channel, string ChannelZh, int Activities, int Participants, long EstimatedReach);

internal sealed record TownshipOverviewDto(
    Guid TownshipId,
    DateOnly From,
    DateOnly To,
    int Activities,
    DateOnly? LastActivityOn,
    IReadOnlyList<ChannelFigures> ByChannel,
    VolunteerTotal VolunteerWork,
    int Villages,
    int VillagesWithRules,
    SurveyRoundDto? Awareness,
    SurveyRoundDto? Participation,
    SurveyRoundDto? Satisfaction);

internal sealed class GetTownshipOverviewValidator : AbstractValidator<GetTownshipOverview>
{
    public GetTownshipOverviewValidator() => this.AddDateRangeRule();
}

internal sealed class GetTownshipOverviewHandler(PublicityDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<GetTownshipOverview, TownshipOverviewDto>
{
    public async Task<TownshipOverviewDto> Handle(GetTownshipOverview request, CancellationToken cancellationToken)
    {
        var (from, to) = request.OrThisYear(time);
        var township = request.TownshipId;
        var activities = await ActivityQueries.InPeriod(db, township, from, to)
            .Select(a => new { a.Channel, a.Participants, a.EstimatedReach, a.HeldOn }).ToListAsync(cancellationToken);
        var byChannel = activities.GroupBy(a => a.Channel).OrderBy(g => g.Key)
            .Select(g => new ChannelFigures(g.Key, Labels.Of(g.Key), g.Count(), g.Sum(a => a.Participants), g.Sum(a => (long)a.EstimatedReach)))
            .ToList();
        var volunteering = await VolunteerEventQueries.InPeriod(db, [township], from, to)
            .Select(e => new { e.Volunteers, e.TotalHours }).ToListAsync(cancellationToken);
        var villages = (await mediator.Send(new ListVillages([township]), cancellationToken)).Select(v => v.Id).ToHashSet();
        var withRules = await db.VillageRules.AsNoTracking()
            .Where(r => r.TownshipId == township && r.SupersededOn == null && r.AdoptedOn <= to)
            .Select(r => r.VillageId).ToListAsync(cancellationToken);
        var rounds = await SurveyQueries.ClosedEndingIn(db, township, from, to).ToListAsync(cancellationToken);
        var names = new Dictionary<Guid, string>();
        if ((await mediator.Send(new FindTownship(township), cancellationToken)) is { } info)
        {
            names[info.Id] = info.Name;
        }

        var period = new ScorePeriod(to.Year, from, to);
        SurveyRoundDto? Round(SurveyKind kind, bool thirdPartyOnly) =>
            SurveyLines.Pick(rounds, township, kind, thirdPartyOnly, period) is { } r
                ? SurveyRoundDto.Of(r, r.TownshipId is { } id ? names.GetValueOrDefault(id) : null)
                : null;

        return new TownshipOverviewDto(
            township, from, to, activities.Count, activities.Count == 0 ? null : activities.Max(a => a.HeldOn), byChannel,
            new VolunteerTotal(volunteering.Count, volunteering.Sum(e => e.Volunteers), volunteering.Sum(e => e.TotalHours)),
            villages.Count, withRules.Count(villages.Contains),
            Round(SurveyKind.Awareness, false), Round(SurveyKind.Participation, false), Round(SurveyKind.Satisfaction, true));
    }
}

internal static class OverviewEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/townships/{townshipId:guid}/overview", async (Guid townshipId, DateOnly? from, DateOnly? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipOverview(townshipId, from, to), ct)))
            .WithSummary("乡镇宣传动员概况 · Activities by channel, volunteer work, village rules and survey rates of a township in a period");
}
