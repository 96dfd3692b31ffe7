using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.VillageRules;

internal sealed record VillageRuleDto(
    long Id, Guid VillageId, string VillageName, int Number, DateOnly AdoptedOn, DateOnly MeetingOn, int HouseholdsPresent, string Text,
    bool InForce, DateOnly? SupersededOn, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static VillageRuleDto From(VillageRuleVersion r, string villageName) => new(
        r.Id, r.VillageId, villageName, r.Number, r.AdoptedOn, r.MeetingOn, r.HouseholdsPresent, r.Text, r.SupersededOn is null, r.SupersededOn,
        r.RecordedAt, r.RecordedBy);
}

/// <summary>A village's rules: the version in force (null when none was adopted) and every version, newest first.</summary>
internal sealed record VillageRulesDto(Guid VillageId, string VillageName, VillageRuleDto? InForce, IReadOnlyList<VillageRuleDto> History);

/// <summary>Every village of a township with the number and date of its rules in force (null when none).</summary>
internal sealed record VillageRuleStatusDto(Guid VillageId, string VillageName, int? Number, DateOnly? AdoptedOn, int? HouseholdsPresent);

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetVillageRules(Guid VillageId) : IRequest<VillageRulesDto>, IVillageScoped;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetTownshipVillageRules(Guid TownshipId) : IRequest<IReadOnlyList<VillageRuleStatusDto>>, ITownshipScoped;

internal sealed class VillageRuleQueries(PublicityDbContext db, IMediator mediator)
    : IRequestHandler<GetVillageRules, VillageRulesDto>, IRequestHandler<GetTownshipVillageRules, IReadOnlyList<VillageRuleStatusDto>>
{
    public async Task<VillageRulesDto> Handle(GetVillageRules request, CancellationToken cancellationToken)
    {
        var name = (await mediator.Send(new FindVillage(request.VillageId), cancellationToken))?.Name ?? "";
        var versions = await db.VillageRules.AsNoTracking().Where(r => r.VillageId == request.VillageId)
            .OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        var history = versions.Select(r => VillageRuleDto.From(r, name)).ToList();
        return new VillageRulesDto(request.VillageId, name, history.FirstOrDefault(r => r.InForce), history);
    }

    public async Task<IReadOnlyList<VillageRuleStatusDto>> Handle(GetTownshipVillageRules request, CancellationToken cancellationToken)
    {
        var villages = await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken);
        var inForce = await db.VillageRules.AsNoTracking().Where(r => r.TownshipId == request.TownshipId && r.SupersededOn == null)
            .ToDictionaryAsync(r => r.VillageId, cancellationToken);
        return villages.OrderBy(v => v.Code, StringComparer.Ordinal)
            .Select(v => inForce.GetValueOrDefault(v.Id) is { } r
                ? new VillageRuleStatusDto(v.Id, v.Name, r.Number, r.AdoptedOn, r.HouseholdsPresent)
                : new VillageRuleStatusDto(v.Id, v.Name, null, null, null))
            .ToList();
    }
}

internal static class VillageRuleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/villages/{villageId:guid}/rules", async (Guid villageId, VillageRulesBody body, IMediator mediator, CancellationToken ct) =>
            {
                var version = await mediator.Send(new AdoptVillageRules(villageId, body.AdoptedOn, body.MeetingOn, body.HouseholdsPresent, body.Text), ct);
                return TypedResults.Created($"/api/publicity/villages/{villageId}/rules", version);
            })
            .WithSummary("登记村规民约 · Record a new version of a village's rules as its household meeting agreed it");
        api.MapGet("/villages/{villageId:guid}/rules", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVillageRules(villageId), ct)))
            .WithSummary("村规民约 · A village's rules in force and every earlier version");
        api.MapGet("/townships/{townshipId:guid}/village-rules", async (Guid townshipId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetTownshipVillageRules(townshipId), ct)))
            .WithSummary("乡镇村规民约情况 · Every village of a township with its rules in force, if any");
    }
}

internal sealed record VillageRulesBody(DateOnly? AdoptedOn, DateOnly? MeetingOn, int? HouseholdsPresent, string? Text);
