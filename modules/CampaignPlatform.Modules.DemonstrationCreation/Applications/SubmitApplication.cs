using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Applications;

/// <summary>
/// A township applies (申报) to have a named place of a kind reviewed: a street, unit, campus, hospital, market, or a
/// village or community (which must then name the village). <see cref="ITownshipScoped"/>: refused where the module is off.
/// A place with an application still waiting for its review, or a title held, is not applied for twice (409).
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record SubmitApplication(DemonstrationKind? Kind, string? PlaceName, Guid? VillageId, string? UnitName, string? Address)
    : IRequest<ApplicationDto>, ITownshipScoped
{
    [JsonIgnore]
    public Guid TownshipId { get; init; }
}

internal sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public SubmitApplicationValidator()
    {
        RuleFor(a => a.Kind).NotNull().IsInEnum();
        RuleFor(a => a.PlaceName).NotEmpty().MaximumLength(DemonstrationApplication.MaxName);
        RuleFor(a => a.UnitName).MaximumLength(DemonstrationApplication.MaxName);
        RuleFor(a => a.Address).NotEmpty().MaximumLength(DemonstrationApplication.MaxAddress);
        RuleFor(a => a.VillageId).NotNull().When(a => a.Kind == DemonstrationKind.VillageOrCommunity)
            .WithMessage("示范村(社区)须选择村（社区）。A village or community demonstration names its village.");
        RuleFor(a => a.UnitName).NotEmpty().When(a => a.Kind is DemonstrationKind.Unit or DemonstrationKind.Campus or DemonstrationKind.Hospital)
            .WithMessage("示范单位、示范校园、示范医院须填写单位名称。A unit, campus or hospital names its unit.");
    }
}

internal sealed class SubmitApplicationHandler(DemonstrationCreationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<SubmitApplication, ApplicationDto>
{
    public async Task<ApplicationDto> Handle(SubmitApplication request, CancellationToken cancellationToken)
    {
        if (request.VillageId is { } villageId && (await mediator.Send(new FindVillage(villageId), cancellationToken))?.TownshipId != request.TownshipId)
        {
            throw new NotFoundException("Village", villageId);
        }

        var kind = request.Kind!.Value;
        var name = request.PlaceName!.Trim();
        var pending = await db.Applications.AnyAsync(a => a.TownshipId == request.TownshipId && a.Kind == kind && a.PlaceName == name
                                                         && a.State == ApplicationState.Submitted, cancellationToken);
        var held = await db.Titles.AnyAsync(t => t.TownshipId == request.TownshipId && t.Kind == kind && t.PlaceName == name
                                                 && t.State == TitleState.Held, cancellationToken);
        if (pending || held)
        {
            throw new ConflictException($"“{name}”已有{(held ? "有效的称号" : "待评审的申报")}。The place already has {(held ? "a title" : "an application under review")}.")
                .With("currentState", held ? "TitleHeld" : nameof(ApplicationState.Submitted));
        }

        var application = new DemonstrationApplication
        {
            Id = Guid.NewGuid(), TownshipId = request.TownshipId, VillageId = request.VillageId, Kind = kind, PlaceName = name,
            UnitName = string.IsNullOrWhiteSpace(request.UnitName) ? null : request.UnitName.Trim(), Address = request.Address!.Trim(),
            State = ApplicationState.Submitted, SubmittedAt = time.GetUtcNow(), SubmittedBy = actor.Name,
        };
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return ApplicationDto.From(application);
    }
}
