using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Rectification.Data;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>An item filed by hand: a supervision round's finding, an undercover visit, a media report (整改清单).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record FileItem(
    Guid TownshipId,
    Guid? VillageId,
    ItemSource? Source,
    string? Category,
    string? Description,
    string? Requirements,
    ProblemSeverity? Severity,
    Guid? ResponsibleUnitId,
    int? DeadlineDays) : ITownshipScoped, IRequest<ItemDto>;

internal sealed class FileItemValidator : AbstractValidator<FileItem>
{
    public FileItemValidator()
    {
        RuleFor(c => c.TownshipId).NotEmpty();
        RuleFor(c => c.Source).NotNull().IsInEnum().NotEqual(ItemSource.Module)
            .WithMessage("手工登记的来源应为督查、暗访、媒体曝光、调度会议或其他。Source of a hand-filed item: Supervision, UndercoverVisit, Media, Meeting or Other.");
        RuleFor(c => c.Category).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Requirements).MaximumLength(2000);
        RuleFor(c => c.Severity).IsInEnum();
        RuleFor(c => c.DeadlineDays).NotNull().InclusiveBetween(0, 365);
    }
}

internal sealed class FileItemHandler(RectificationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<FileItem, ItemDto>
{
    public async Task<ItemDto> Handle(FileItem request, CancellationToken cancellationToken)
    {
        if (request.VillageId is { } villageId)
        {
            // A village of another township is as unknown here as one that does not exist.
            var village = await mediator.Send(new FindVillage(villageId), cancellationToken);
            if (village is null || village.TownshipId != request.TownshipId)
            {
                throw new NotFoundException("Village", villageId);
            }
        }

        if (request.ResponsibleUnitId is { } unitId && await mediator.Send(new FindUnit(unitId), cancellationToken) is null)
        {
            throw new NotFoundException("Unit", unitId);
        }

        var item = ItemFactory.Create(new ItemFactory.NewItem(
            request.Source!.Value, RectificationModule.Id, null, request.TownshipId, request.VillageId, request.Category!, request.Description!,
            request.Requirements, request.Severity ?? ProblemSeverity.Normal, request.ResponsibleUnitId, request.DeadlineDays!.Value), actor.Name, time);
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        var names = await OrgNames.LoadAsync(mediator, [item.TownshipId], cancellationToken);
        return ItemDto.From(item, names, CityClock.Today(time));
    }
}
