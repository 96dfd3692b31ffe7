using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Frontages;

/// <summary>One frontage agreement, by id (404 outside the reader's township; 403 where enforcement is off).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetFrontage(Guid FrontageId) : IRequest<FrontageDto>;

/// <summary>
/// Corrects a registered agreement (a misspelt name, the wrong duties). The township is fixed: the agreement was signed
/// with it. <see cref="Version"/> must be the version last read; a stale one gets 409 with the current version.
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record CorrectFrontage(
    Guid FrontageId,
    Guid? VillageId,
    string? Name,
    string? Address,
    Guid? UnitId,
    bool PartyMember,
    DateOnly? AgreementSignedOn,
    IReadOnlyList<FrontageDuties>? Duties,
    int? Version) : IRequest<FrontageDto>, IFrontageFields;

internal sealed class CorrectFrontageValidator : AbstractValidator<CorrectFrontage>
{
    public CorrectFrontageValidator(TimeProvider time)
    {
        this.AddFrontageFieldRules(time);
        RuleFor(f => f.Version).NotNull().GreaterThanOrEqualTo(0);
    }
}

internal sealed class CorrectFrontageHandler(EnforcementDbContext db, IMediator mediator)
    : IRequestHandler<CorrectFrontage, FrontageDto>, IRequestHandler<GetFrontage, FrontageDto>
{
    public async Task<FrontageDto> Handle(GetFrontage request, CancellationToken cancellationToken) =>
        FrontageDto.From(await LoadAsync(db.Frontages.AsNoTracking(), request.FrontageId, cancellationToken));

    public async Task<FrontageDto> Handle(CorrectFrontage request, CancellationToken cancellationToken)
    {
        var frontage = await LoadAsync(db.Frontages, request.FrontageId, cancellationToken);
        if (request.Version != frontage.Version)
        {
            throw Stale(frontage.Version);
        }

        await FrontageFieldRules.EnsureVillageAndUnitAsync(mediator, frontage.TownshipId, request.VillageId, request.UnitId, cancellationToken);
        frontage.VillageId = request.VillageId;
        frontage.Name = request.Name!.Trim();
        frontage.Address = request.Address!.Trim();
        frontage.UnitId = request.UnitId;
        frontage.PartyMember = request.PartyMember;
        frontage.AgreementSignedOn = request.AgreementSignedOn!.Value;
        frontage.Duties = FrontageDutyList.Combine(request.Duties);
        frontage.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone corrected it between our read and our write.
            db.ChangeTracker.Clear();
            throw Stale(await db.Frontages.AsNoTracking().Where(f => f.Id == frontage.Id).Select(f => f.Version).FirstAsync(cancellationToken));
        }

        return FrontageDto.From(frontage);
    }

    private async Task<Frontage> LoadAsync(IQueryable<Frontage> frontages, Guid frontageId, CancellationToken ct)
    {
        var frontage = await frontages.FirstOrDefaultAsync(f => f.Id == frontageId, ct) ?? throw new NotFoundException("Frontage", frontageId);
        await ModuleGate.RequireEnabledAsync(mediator, frontage.TownshipId, ct);
        return frontage;
    }

    private static ConflictException Stale(int current) =>
        new ConflictException("门前五包责任书已被他人修改，请刷新后重试。The agreement was changed by someone else; reload and try again.")
            .With("currentVersion", current);
}
