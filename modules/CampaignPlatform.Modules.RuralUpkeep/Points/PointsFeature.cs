using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Points;

public sealed record MovementDto(int Points, int BalanceAfter, string Reason, DateTimeOffset At, string By);

public sealed record HouseholdDto(string Name, int Balance, IReadOnlyList<MovementDto> Movements);

/// <summary>A courtyard rating (美丽庭院评比) earns the household points by grade.</summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RateCourtyard(Guid VillageId, string? Household, CourtyardGrade? Grade, string? Note) : IVillageScoped, IRequest<HouseholdDto>;

/// <summary>Redeems points for goods (积分兑换); refused with 409 when the balance is short.</summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RedeemPoints(Guid VillageId, string? Household, int? Points, string? Goods) : IVillageScoped, IRequest<HouseholdDto>;

/// <summary>A village's households with their balances and every movement.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetHouseholds(Guid VillageId) : IVillageScoped, IRequest<IReadOnlyList<HouseholdDto>>;

internal sealed class RateCourtyardValidator : AbstractValidator<RateCourtyard>
{
    public RateCourtyardValidator()
    {
        RuleFor(c => c.Household).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Grade).NotNull().IsInEnum();
        RuleFor(c => c.Note).MaximumLength(200);
    }
}

internal sealed class RedeemPointsValidator : AbstractValidator<RedeemPoints>
{
    public RedeemPointsValidator()
    {
        RuleFor(c => c.Household).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Points).NotNull().InclusiveBetween(1, 100_000);
        RuleFor(c => c.Goods).NotEmpty().MaximumLength(200);
    }
}

internal sealed class PointsHandlers(RuralUpkeepDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time) :
    IRequestHandler<RateCourtyard, HouseholdDto>,
    IRequestHandler<RedeemPoints, HouseholdDto>,
    IRequestHandler<GetHouseholds, IReadOnlyList<HouseholdDto>>
{
    public Task<HouseholdDto> Handle(RateCourtyard request, CancellationToken cancellationToken) =>
        Move(request.VillageId, request.Household!, create: true, PointRules.PointsFor(request.Grade!.Value),
            $"美丽庭院评比：{PointRules.Zh(request.Grade.Value)}{(string.IsNullOrWhiteSpace(request.Note) ? "" : "（" + request.Note.Trim() + "）")}", cancellationToken);

    public Task<HouseholdDto> Handle(RedeemPoints request, CancellationToken cancellationToken) =>
        Move(request.VillageId, request.Household!, create: false, -request.Points!.Value, $"积分兑换：{request.Goods!.Trim()}", cancellationToken);

    public async Task<IReadOnlyList<HouseholdDto>> Handle(GetHouseholds request, CancellationToken cancellationToken)
    {
        var households = await db.Households.AsNoTracking().Where(h => h.VillageId == request.VillageId).OrderBy(h => h.Name).ToListAsync(cancellationToken);
        var ids = households.Select(h => h.Id).ToList();
        var movements = (await db.PointMovements.AsNoTracking().Where(m => ids.Contains(m.HouseholdId)).OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .ToLookup(m => m.HouseholdId);
        return households.Select(h => Dto(h, movements[h.Id])).ToList();
    }

    private async Task<HouseholdDto> Move(Guid villageId, string name, bool create, int points, string reason, CancellationToken ct)
    {
        name = name.Trim();
        var household = await db.Households.SingleOrDefaultAsync(h => h.VillageId == villageId && h.Name == name, ct);
        if (household is null)
        {
            if (!create)
            {
                throw new NotFoundException("Household", name);
            }

            var village = (await mediator.Send(new FindVillage(villageId), ct))!;
            household = new Household { TownshipId = village.TownshipId, VillageId = villageId, Name = name };
            db.Households.Add(household);
            await SaveOrConflict(ct);
        }

        db.PointMovements.Add(PointRules.Apply(household, points, reason, actor.Name, time.GetUtcNow()));
        await SaveOrConflict(ct);
        var movements = await db.PointMovements.AsNoTracking().Where(m => m.HouseholdId == household.Id).OrderBy(m => m.Id).ToListAsync(ct);
        return Dto(household, movements);
    }

    private async Task SaveOrConflict(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("该户积分正被同时变动，请重试。The household's points were being changed at the same time; try again.");
        }
    }

    private static HouseholdDto Dto(Household h, IEnumerable<PointMovement> movements) =>
        new(h.Name, h.Balance, movements.Select(m => new MovementDto(m.Points, m.BalanceAfter, m.Reason, m.At, m.By)).ToList());
}

internal static class PointEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/villages/{villageId:guid}/households", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetHouseholds(villageId), ct)))
            .WithSummary("农户积分 · A village's households with their points and every movement");
        api.MapPost("/villages/{villageId:guid}/courtyard-ratings", async (Guid villageId, RateCourtyard body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { VillageId = villageId }, ct)))
            .WithSummary("美丽庭院评比 · Rate a household's courtyard; the grade earns points (优秀10、良好6、合格3)");
        api.MapPost("/villages/{villageId:guid}/redemptions", async (Guid villageId, RedeemPoints body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { VillageId = villageId }, ct)))
            .WithSummary("积分兑换 · Redeem points for goods; never below zero (409)");
    }
}
