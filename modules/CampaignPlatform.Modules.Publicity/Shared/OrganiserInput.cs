using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Publicity.Data;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Publicity.Shared;

/// <summary>
/// Who organised an activity or event, as sent: <c>{"kind":"Unit","unitId":…}</c> for a unit of the organisation tree,
/// <c>{"kind":"WomensFederation"}</c> for a mass organisation (a name such as 白马镇妇联 is optional),
/// <c>{"kind":"Other","name":…}</c> for anyone else.
/// </summary>
internal sealed record OrganiserInput(OrganiserKind? Kind, Guid? UnitId, string? Name);

internal sealed record OrganiserDto(OrganiserKind Kind, string KindZh, Guid? UnitId, string Name)
{
    public static OrganiserDto From(Organiser organiser) =>
        new(organiser.Kind, Labels.Of(organiser.Kind), organiser.UnitId, organiser.Name);
}

internal sealed class OrganiserValidator : AbstractValidator<OrganiserInput>
{
    public OrganiserValidator()
    {
        RuleFor(o => o.Kind).NotNull().IsInEnum();
        RuleFor(o => o.UnitId).NotEmpty().When(o => o.Kind == OrganiserKind.Unit)
            .WithMessage("组织单位须指定单位。A unit organiser needs its unitId.");
        RuleFor(o => o.UnitId).Null().When(o => o.Kind is not null and not OrganiserKind.Unit)
            .WithMessage("只有单位类组织者才填写 unitId。unitId is only for a unit organiser.");
        RuleFor(o => o.Name).NotEmpty().When(o => o.Kind == OrganiserKind.Other)
            .WithMessage("其他组织者须填写名称。An 'Other' organiser needs a name.");
        RuleFor(o => o.Name).MaximumLength(200);
    }
}

internal static class Organisers
{
    /// <summary>The organiser to store: a unit is looked up (404 when unknown) and stored with its name.</summary>
    public static async Task<Organiser> ResolveAsync(IMediator mediator, OrganiserInput input, CancellationToken ct)
    {
        var kind = input.Kind!.Value;
        if (kind == OrganiserKind.Unit)
        {
            var unit = await mediator.Send(new FindUnit(input.UnitId!.Value), ct) ?? throw new NotFoundException("Unit", input.UnitId!.Value);
            return new Organiser { Kind = kind, UnitId = unit.Id, Name = unit.Name };
        }

        return new Organiser { Kind = kind, Name = string.IsNullOrWhiteSpace(input.Name) ? Labels.Of(kind) : input.Name.Trim() };
    }
}
