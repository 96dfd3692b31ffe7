using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Cases;

/// <summary>An officer opens a case found on patrol, in an inspection, by the media, by a phone call or a village's whistle (村居吹哨).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record OpenCase(
    Guid TownshipId,
    Guid? VillageId,
    CaseCategory? Category,
    CaseSource? Source,
    string? Description,
    string? Address,
    double? Latitude,
    double? Longitude) : IRequest<CaseDto>, ITownshipScoped;

internal sealed class OpenCaseValidator : AbstractValidator<OpenCase>
{
    public OpenCaseValidator()
    {
        RuleFor(c => c.Category).NotNull().IsInEnum();
        RuleFor(c => c.Source).NotNull().IsInEnum().NotEqual(CaseSource.CitizenReport)
            .WithMessage("随手拍请走公众举报入口。Citizen reports come through /api/enforcement/reports.");
        RuleFor(c => c.Description).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Address).NotEmpty().When(c => c.VillageId is null).WithMessage("请选择村（社区）或填写地址。Give a village or an address.");
        RuleFor(c => c.Address).MaximumLength(500);
        RuleFor(c => c.Latitude).InclusiveBetween(-90, 90);
        RuleFor(c => c.Longitude).InclusiveBetween(-180, 180);
        RuleFor(c => c.Latitude).NotNull().When(c => c.Longitude is not null).WithMessage("经纬度须同时提供。Give latitude with longitude.");
        RuleFor(c => c.Longitude).NotNull().When(c => c.Latitude is not null).WithMessage("经纬度须同时提供。Give longitude with latitude.");
    }
}

internal sealed class OpenCaseHandler(
    EnforcementDbContext db, IMediator mediator, CalendarLoader calendars, IOptions<EnforcementOptions> options, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<OpenCase, CaseDto>
{
    public async Task<CaseDto> Handle(OpenCase request, CancellationToken cancellationToken)
    {
        if (request.VillageId is { } villageId && (await mediator.Send(new FindVillage(villageId), cancellationToken))?.TownshipId != request.TownshipId)
        {
            throw new NotFoundException("Village", villageId);
        }

        var workflow = new CaseWorkflow(await calendars.LoadAsync(cancellationToken), options.Value);
        return await CaseNumbers.SaveWithNumberAsync(db, async () =>
        {
            var now = time.GetUtcNow();
            var c = new EnforcementCase
            {
                Id = Guid.NewGuid(), Number = "", Category = request.Category!.Value, Source = request.Source!.Value, TownshipId = request.TownshipId,
                VillageId = request.VillageId, Address = request.Address?.Trim(), Description = request.Description!.Trim(),
                Latitude = request.Latitude, Longitude = request.Longitude, ReportedBy = actor.Name,
            };
            workflow.Open(c, now);
            await CaseNumbers.Assign(db, c, Kernel.Time.CityClock.DateOf(now).Year, cancellationToken);
            db.Cases.Add(c);
            db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = actor.Name, Action = $"{EnforcementLabels.Of(c.Source)}受理", State = c.State });
            await db.SaveChangesAsync(cancellationToken);
            return await CaseAccess.ViewAsync(db, c, now, cancellationToken);
        }, () => Task.FromResult<CaseDto?>(null), cancellationToken);
    }
}
