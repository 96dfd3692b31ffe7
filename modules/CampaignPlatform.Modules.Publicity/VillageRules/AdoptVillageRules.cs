using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.VillageRules;

/// <summary>
/// Records a new version of a village's rules (村规民约) as the household meeting (户主会) agreed it. The version in
/// force until now is superseded on the new adoption date and kept in the history.
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record AdoptVillageRules(Guid VillageId, DateOnly? AdoptedOn, DateOnly? MeetingOn, int? HouseholdsPresent, string? Text)
    : IRequest<VillageRuleDto>, IVillageScoped;

internal sealed class AdoptVillageRulesValidator : AbstractValidator<AdoptVillageRules>
{
    /// <summary>The largest villages and communities have a few thousand households; more is a typo.</summary>
    public const int MaxHouseholds = 20_000;

    public AdoptVillageRulesValidator(TimeProvider time)
    {
        RuleFor(r => r.AdoptedOn).NotNull().Must(d => d is null || d <= CityClock.Today(time))
            .WithMessage("通过日期不能晚于今天。The adoption date cannot be in the future.");
        RuleFor(r => r.MeetingOn).NotNull();
        RuleFor(r => r.MeetingOn).LessThanOrEqualTo(r => r.AdoptedOn).When(r => r.MeetingOn is not null && r.AdoptedOn is not null)
            .WithMessage("户主会日期不能晚于通过日期。The household meeting cannot be after the adoption.");
        RuleFor(r => r.HouseholdsPresent).NotNull().InclusiveBetween(1, MaxHouseholds);
        RuleFor(r => r.Text).NotEmpty().MaximumLength(20000);
    }
}

internal sealed class AdoptVillageRulesHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<AdoptVillageRules, VillageRuleDto>
{
    public async Task<VillageRuleDto> Handle(AdoptVillageRules request, CancellationToken cancellationToken)
    {
        var village = await mediator.Send(new FindVillage(request.VillageId), cancellationToken) ?? throw new NotFoundException("Village", request.VillageId);
        var adoptedOn = request.AdoptedOn!.Value;
        var current = await db.VillageRules.Where(r => r.VillageId == village.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        if (current is not null && adoptedOn < current.AdoptedOn)
        {
            throw new ConflictException(
                    $"现行第 {current.Number} 版于 {current.AdoptedOn:yyyy-MM-dd} 通过，新版本不能更早。The version in force was adopted later than this one.")
                .With("currentNumber", current.Number).With("currentAdoptedOn", current.AdoptedOn);
        }

        if (current is not null)
        {
            current.SupersededOn = adoptedOn;
        }

        var version = new VillageRuleVersion
        {
            VillageId = village.Id, TownshipId = village.TownshipId, Number = (current?.Number ?? 0) + 1, AdoptedOn = adoptedOn,
            MeetingOn = request.MeetingOn!.Value, HouseholdsPresent = request.HouseholdsPresent!.Value, Text = request.Text!.Trim(),
            RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.VillageRules.Add(version);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two adoptions for the same village at once: the unique (village, number) index keeps the first.
            throw new ConflictException("该村规民约刚被他人更新，请刷新后重试。Someone else recorded a version at the same moment; reload and try again.")
                .With("villageId", village.Id);
        }

        return VillageRuleDto.From(version, village.Name);
    }
}
