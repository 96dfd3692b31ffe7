using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.FiveHaves;

/// <summary>Records that one of the five haves (五有) is in place in a village, since a date, with its evidence; a later record replaces it.</summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordFiveHave(Guid VillageId, FiveHaveKind? Kind, DateOnly? EstablishedOn, string? EvidenceNote)
    : IVillageScoped, IRequest<VillageFiveHavesDto>;

internal sealed class RecordFiveHaveValidator : AbstractValidator<RecordFiveHave>
{
    public RecordFiveHaveValidator(TimeProvider time)
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.EstablishedOn).NotNull()
            .Must(d => d!.Value <= CityClock.Today(time)).When(c => c.EstablishedOn is not null)
            .WithMessage("建立日期不能晚于今天。The date cannot lie in the future.");
        RuleFor(c => c.EvidenceNote).NotEmpty().MaximumLength(1000);
    }
}

internal sealed class RecordFiveHaveHandler(RuralUpkeepDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordFiveHave, VillageFiveHavesDto>
{
    public async Task<VillageFiveHavesDto> Handle(RecordFiveHave request, CancellationToken cancellationToken)
    {
        var village = await mediator.Send(new FindVillage(request.VillageId), cancellationToken)
            ?? throw new NotFoundException("Village", request.VillageId);
        var kind = request.Kind!.Value;
        var have = await db.FiveHaves.SingleOrDefaultAsync(f => f.VillageId == village.Id && f.Kind == kind, cancellationToken);
        if (have is null)
        {
            have = new FiveHave { TownshipId = village.TownshipId, VillageId = village.Id, Kind = kind, EvidenceNote = "", RecordedBy = "" };
            db.FiveHaves.Add(have);
        }

        have.EstablishedOn = request.EstablishedOn!.Value;
        have.EvidenceNote = request.EvidenceNote!.Trim();
        have.RecordedAt = time.GetUtcNow();
        have.RecordedBy = actor.Name;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException($"“{FiveHaveLabels.Zh(kind)}”正被同时登记，请重试。'{kind}' was being recorded at the same time; try again.")
                .With("kind", kind.ToString());
        }

        var haves = await db.FiveHaves.AsNoTracking().Where(f => f.VillageId == village.Id).ToListAsync(cancellationToken);
        return VillageFiveHavesDto.From(village, haves, null);
    }
}
