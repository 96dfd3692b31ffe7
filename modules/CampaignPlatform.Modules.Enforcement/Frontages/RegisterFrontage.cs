using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Frontages;

internal sealed record FrontageDto(
    Guid Id, Guid TownshipId, Guid? VillageId, string Name, string Address, Guid? UnitId, bool PartyMember, DateOnly AgreementSignedOn,
    IReadOnlyList<FrontageDuties> Duties, IReadOnlyList<string> DutiesZh, int Version)
{
    public static FrontageDto From(Frontage f) => new(
        f.Id, f.TownshipId, f.VillageId, f.Name, f.Address, f.UnitId, f.PartyMember, f.AgreementSignedOn, FrontageDutyList.Of(f.Duties),
        FrontageDutyList.Of(f.Duties).Select(FrontageDutyList.Label).ToList(), f.Version);
}

/// <summary>What an agreement says, as registered and as corrected: the same fields, the same rules.</summary>
internal interface IFrontageFields
{
    string? Name { get; }

    string? Address { get; }

    DateOnly? AgreementSignedOn { get; }

    IReadOnlyList<FrontageDuties>? Duties { get; }
}

internal static class FrontageFieldRules
{
    public static void AddFrontageFieldRules<T>(this AbstractValidator<T> validator, TimeProvider time) where T : IFrontageFields
    {
        validator.RuleFor(f => f.Name).NotEmpty().MaximumLength(200);
        validator.RuleFor(f => f.Address).NotEmpty().MaximumLength(500);
        validator.RuleFor(f => f.AgreementSignedOn).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time))
            .WithMessage("签订日期不能晚于今天。The agreement date cannot be in the future.");
        validator.RuleFor(f => f.Duties).NotEmpty().WithMessage("至少包含一项责任。Name at least one duty.");
        validator.RuleForEach(f => f.Duties).Must(FrontageDutyList.IsSingle).WithMessage("未知的责任。Unknown duty.");
    }

    /// <summary>A village, when one is named, must be the township's; a unit must exist (404 otherwise).</summary>
    public static async Task EnsureVillageAndUnitAsync(IMediator mediator, Guid townshipId, Guid? villageId, Guid? unitId, CancellationToken ct)
    {
        if (villageId is { } village && (await mediator.Send(new FindVillage(village), ct))?.TownshipId != townshipId)
        {
            throw new NotFoundException("Village", village);
        }

        if (unitId is { } unit && await mediator.Send(new FindUnit(unit), ct) is null)
        {
            throw new NotFoundException("Unit", unit);
        }
    }
}

internal static class FrontageDutyList
{
    public static readonly FrontageDuties[] All =
        [FrontageDuties.Cleanliness, FrontageDuties.Order, FrontageDuties.Greening, FrontageDuties.Facilities, FrontageDuties.Appearance];

    public static IReadOnlyList<FrontageDuties> Of(FrontageDuties duties) => All.Where(d => duties.HasFlag(d)).ToList();

    public static FrontageDuties Combine(IEnumerable<FrontageDuties>? duties) => (duties ?? []).Aggregate(FrontageDuties.None, (all, d) => all | d);

    public static bool IsSingle(FrontageDuties duty) => All.Contains(duty);

    public static string Label(FrontageDuties duty) => duty switch
    {
        FrontageDuties.Cleanliness => "包卫生",
        FrontageDuties.Order => "包秩序",
        FrontageDuties.Greening => "包绿化",
        FrontageDuties.Facilities => "包设施",
        _ => "包市容",
    };
}

/// <summary>Registers a frontage agreement (门前五包责任书): who signed, when, for which duties.</summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record RegisterFrontage(
    Guid TownshipId,
    Guid? VillageId,
    string? Name,
    string? Address,
    Guid? UnitId,
    bool PartyMember,
    DateOnly? AgreementSignedOn,
    IReadOnlyList<FrontageDuties>? Duties) : IRequest<FrontageDto>, ITownshipScoped, IFrontageFields;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListFrontages(Guid TownshipId) : IRequest<IReadOnlyList<FrontageDto>>, ITownshipScoped;

internal sealed class RegisterFrontageValidator : AbstractValidator<RegisterFrontage>
{
    public RegisterFrontageValidator(TimeProvider time) => this.AddFrontageFieldRules(time);
}

internal sealed class FrontageHandlers(EnforcementDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RegisterFrontage, FrontageDto>, IRequestHandler<ListFrontages, IReadOnlyList<FrontageDto>>
{
    public async Task<FrontageDto> Handle(RegisterFrontage request, CancellationToken cancellationToken)
    {
        await FrontageFieldRules.EnsureVillageAndUnitAsync(mediator, request.TownshipId, request.VillageId, request.UnitId, cancellationToken);
        var frontage = new Frontage
        {
            Id = Guid.NewGuid(), TownshipId = request.TownshipId, VillageId = request.VillageId, Name = request.Name!.Trim(), Address = request.Address!.Trim(),
            UnitId = request.UnitId, PartyMember = request.PartyMember, AgreementSignedOn = request.AgreementSignedOn!.Value,
            Duties = FrontageDutyList.Combine(request.Duties), CreatedAt = time.GetUtcNow(), CreatedBy = actor.Name,
        };
        db.Frontages.Add(frontage);
        await db.SaveChangesAsync(cancellationToken);
        return FrontageDto.From(frontage);
    }

    public async Task<IReadOnlyList<FrontageDto>> Handle(ListFrontages request, CancellationToken cancellationToken) =>
        (await db.Frontages.AsNoTracking().Where(f => f.TownshipId == request.TownshipId).OrderBy(f => f.Name).ToListAsync(cancellationToken))
        .Select(FrontageDto.From).ToList();
}
