using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Demonstrations;

public sealed record DemonstrationDto(
    Guid Id, DemonstrationKind Kind, string KindZh, Guid VillageId, string? Household, DemonstrationStatus Status, decimal AverageWhenProposed,
    DateTimeOffset ProposedAt, string ProposedBy, DateTimeOffset? ApprovedAt, string? ApprovedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnReason, int Version)
{
    internal static DemonstrationDto From(Demonstration d) => new(
        d.Id, d.Kind, d.Kind == DemonstrationKind.LivableVillage ? "美丽宜居村庄" : "美丽庭院", d.VillageId, d.Household, d.Status, d.AverageWhenProposed,
        d.ProposedAt, d.ProposedBy, d.ApprovedAt, d.ApprovedBy, d.WithdrawnAt, d.WithdrawnReason, d.Version);
}

/// <summary>Whether the village may be proposed now: last four inspections average ≥ 90 and the five haves complete.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetEligibility(Guid VillageId) : IVillageScoped, IRequest<EligibilityDto>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetDemonstrations(Guid VillageId) : IVillageScoped, IRequest<IReadOnlyList<DemonstrationDto>>;

/// <summary>Proposes the village (美丽宜居村庄) or a household's courtyard (美丽庭院); refused with 409 and the reasons when not eligible.</summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record ProposeDemonstration(Guid VillageId, DemonstrationKind? Kind, string? Household) : IVillageScoped, IRequest<DemonstrationDto>;

/// <summary>An administrator approves a proposed title.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record ApproveDemonstration(Guid VillageId, Guid DemonstrationId) : IVillageScoped, IRequest<DemonstrationDto>;

internal sealed class ApproveDemonstrationValidator : AbstractValidator<ApproveDemonstration>
{
    public ApproveDemonstrationValidator() => RuleFor(a => a.DemonstrationId).NotEmpty();
}

internal sealed class ProposeDemonstrationValidator : AbstractValidator<ProposeDemonstration>
{
    public ProposeDemonstrationValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Household).NotEmpty().WithMessage("美丽庭院须填写农户。A courtyard names its household.")
            .MaximumLength(64).When(c => c.Kind == DemonstrationKind.Courtyard);
        RuleFor(c => c.Household).Empty().When(c => c.Kind == DemonstrationKind.LivableVillage)
            .WithMessage("美丽宜居村庄不填写农户。A livable village names no household.");
    }
}

internal sealed class DemonstrationHandlers(RuralUpkeepDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time) :
    IRequestHandler<GetEligibility, EligibilityDto>,
    IRequestHandler<GetDemonstrations, IReadOnlyList<DemonstrationDto>>,
    IRequestHandler<ProposeDemonstration, DemonstrationDto>,
    IRequestHandler<ApproveDemonstration, DemonstrationDto>
{
    public async Task<EligibilityDto> Handle(GetEligibility request, CancellationToken cancellationToken)
    {
        var scores = await DemonstrationWithdrawals.LatestScores(db, request.VillageId, cancellationToken);
        var haves = await db.FiveHaves.CountAsync(f => f.VillageId == request.VillageId, cancellationToken);
        var openMajorItems = await mediator.Send(new CountOpenRectificationItems(request.VillageId, ProblemSeverity.Major), cancellationToken);
        return DemonstrationRules.Assess(scores, haves == Enum.GetValues<FiveHaveKind>().Length, openMajorItems);
    }

    public async Task<IReadOnlyList<DemonstrationDto>> Handle(GetDemonstrations request, CancellationToken cancellationToken) =>
        (await db.Demonstrations.AsNoTracking().Where(d => d.VillageId == request.VillageId).OrderBy(d => d.ProposedAt).ToListAsync(cancellationToken))
        .Select(DemonstrationDto.From).ToList();

    public async Task<DemonstrationDto> Handle(ProposeDemonstration request, CancellationToken cancellationToken)
    {
        var eligibility = await Handle(new GetEligibility(request.VillageId), cancellationToken);
        if (!eligibility.Eligible)
        {
            throw new ConflictException("不符合示范创建条件。Not eligible: " + string.Join(" ", eligibility.Reasons))
                .With("reasons", eligibility.Reasons).With("averageOfLastFour", eligibility.AverageOfLastFour);
        }

        var household = request.Household?.Trim();
        var kind = request.Kind!.Value;
        if (await db.Demonstrations.AnyAsync(d => d.VillageId == request.VillageId && d.Kind == kind && d.Household == household
                && d.Status != DemonstrationStatus.Withdrawn, cancellationToken))
        {
            throw new ConflictException("已申报或已命名。Already proposed or named.");
        }

        var village = (await mediator.Send(new FindVillage(request.VillageId), cancellationToken))!;
        var demonstration = new Demonstration
        {
            Id = Guid.NewGuid(), Kind = kind, TownshipId = village.TownshipId, VillageId = village.Id, Household = household,
            Status = DemonstrationStatus.Proposed, AverageWhenProposed = eligibility.AverageOfLastFour!.Value, ProposedAt = time.GetUtcNow(), ProposedBy = actor.Name,
        };
        db.Demonstrations.Add(demonstration);
        await db.SaveChangesAsync(cancellationToken);
        return DemonstrationDto.From(demonstration);
    }

    public async Task<DemonstrationDto> Handle(ApproveDemonstration request, CancellationToken cancellationToken)
    {
        var demonstration = await db.Demonstrations.SingleOrDefaultAsync(d => d.Id == request.DemonstrationId && d.VillageId == request.VillageId, cancellationToken)
            ?? throw new NotFoundException("Demonstration", request.DemonstrationId);
        if (demonstration.Status != DemonstrationStatus.Proposed)
        {
            throw new ConflictException("只能批准已申报的示范。Only a proposed title can be approved.").With("currentStatus", demonstration.Status.ToString());
        }

        demonstration.Status = DemonstrationStatus.Approved;
        demonstration.ApprovedAt = time.GetUtcNow();
        demonstration.ApprovedBy = actor.Name;
        demonstration.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("该示范正被同时处理。The title was being changed at the same time.");
        }

        return DemonstrationDto.From(demonstration);
    }
}

/// <summary>Withdraws a village's approved titles when its last four inspections fall below 80; run after every inspection.</summary>
internal static class DemonstrationWithdrawals
{
    public static async Task<List<decimal>> LatestScores(RuralUpkeepDbContext db, Guid villageId, CancellationToken ct) =>
        await db.Inspections.AsNoTracking().Where(i => i.VillageId == villageId)
            .OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.RecordedAt)
            .Take(DemonstrationRules.InspectionsCounted).Select(i => i.Score).ToListAsync(ct);

    public static async Task<int> WithdrawIfSlipped(RuralUpkeepDbContext db, Guid villageId, DateTimeOffset now, CancellationToken ct)
    {
        var scores = await LatestScores(db, villageId, ct);
        if (!DemonstrationRules.ShouldWithdraw(scores))
        {
            return 0;
        }

        var reason = $"最近{scores.Count}次检查平均{Math.Round(scores.Average(), 1)}分，低于{DemonstrationRules.WithdrawBelow}分，自动撤销。Withdrawn automatically: the last inspections average below {DemonstrationRules.WithdrawBelow}.";
        return await db.Demonstrations.Where(d => d.VillageId == villageId && d.Status == DemonstrationStatus.Approved)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DemonstrationStatus.Withdrawn)
                .SetProperty(d => d.WithdrawnAt, now)
                .SetProperty(d => d.WithdrawnReason, reason)
                .SetProperty(d => d.Version, d => d.Version + 1), ct);
    }
}

internal static class DemonstrationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/villages/{villageId:guid}/eligibility", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetEligibility(villageId), ct)))
            .WithSummary("示范创建条件 · Whether the village may be proposed, and why not");
        api.MapGet("/villages/{villageId:guid}/demonstrations", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDemonstrations(villageId), ct)))
            .WithSummary("示范创建 · The village's titles, proposed, approved and withdrawn");
        api.MapPost("/villages/{villageId:guid}/demonstrations", async (Guid villageId, ProposeDemonstration body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(body with { VillageId = villageId }, ct);
                return TypedResults.Created($"/api/rural-upkeep/villages/{villageId}/demonstrations", created);
            })
            .WithSummary("申报示范 · Propose 美丽宜居村庄 or 美丽庭院 (409 with the reasons when not eligible)");
        api.MapPost("/villages/{villageId:guid}/demonstrations/{demonstrationId:guid}/approve", async (Guid villageId, Guid demonstrationId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ApproveDemonstration(villageId, demonstrationId), ct)))
            .WithSummary("批准命名 · An administrator approves a proposed title");
    }
}
