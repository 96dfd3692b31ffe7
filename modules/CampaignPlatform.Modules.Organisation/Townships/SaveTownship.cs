using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Organisation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Townships;

/// <summary>The fields of a township as an administrator enters them; create and update share them and their rules.</summary>
internal interface ITownshipFields
{
    string? Code { get; }
    string? Name { get; }
    TownshipKind? Kind { get; }
    bool? InBuiltUpArea { get; }
    SanitaryTitle? SanitaryTitle { get; }
    string? LeaderName { get; }
}

[Allow(ActorRole.CityAdministrator)]
internal sealed record CreateTownship(
    string? Code, string? Name, TownshipKind? Kind, bool? InBuiltUpArea, SanitaryTitle? SanitaryTitle, string? LeaderName)
    : ITownshipFields, IRequest<TownshipDto>;

[Allow(ActorRole.CityAdministrator)]
internal sealed record UpdateTownship(
    string? Code, string? Name, TownshipKind? Kind, bool? InBuiltUpArea, SanitaryTitle? SanitaryTitle, string? LeaderName)
    : ITownshipFields, IRequest<TownshipDto>
{
    /// <summary>From the route, never from the body.</summary>
    [JsonIgnore]
    public Guid TownshipId { get; init; }
}

internal sealed class TownshipFieldsRules : AbstractValidator<ITownshipFields>
{
    public TownshipFieldsRules()
    {
        RuleFor(f => f.Code).NotEmpty().MaximumLength(32).Matches("^[0-9A-Za-z-]+$")
            .WithMessage("编码只能包含数字、字母和连字符。Code: digits, letters and hyphens only.");
        RuleFor(f => f.Name).NotEmpty().MaximumLength(64);
        RuleFor(f => f.Kind).NotNull().IsInEnum();
        RuleFor(f => f.InBuiltUpArea).NotNull();
        RuleFor(f => f.SanitaryTitle).IsInEnum();
        RuleFor(f => f.LeaderName).MaximumLength(64);
    }
}

internal sealed class CreateTownshipValidator : AbstractValidator<CreateTownship>
{
    public CreateTownshipValidator() => Include(new TownshipFieldsRules());
}

internal sealed class UpdateTownshipValidator : AbstractValidator<UpdateTownship>
{
    public UpdateTownshipValidator() => Include(new TownshipFieldsRules());
}

internal sealed class SaveTownshipHandler(OrgDbContext db, TimeProvider time)
    : IRequestHandler<CreateTownship, TownshipDto>, IRequestHandler<UpdateTownship, TownshipDto>
{
    public async Task<TownshipDto> Handle(CreateTownship request, CancellationToken cancellationToken)
    {
        var township = new Township { Id = Guid.NewGuid(), Code = "", Name = "", CreatedAt = time.GetUtcNow() };
        await Apply(township, request, cancellationToken);
        db.Townships.Add(township);
        await db.SaveChangesAsync(cancellationToken);
        return TownshipDto.From(township, 0);
    }

    public async Task<TownshipDto> Handle(UpdateTownship request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Id == request.TownshipId, cancellationToken)
                       ?? throw new NotFoundException("Township", request.TownshipId);
        if (township.RetiredAt is not null)
        {
            throw new ConflictException($"乡镇“{township.Name}”已撤销，不能修改。The township is retired.").With("retiredAt", township.RetiredAt);
        }

        await Apply(township, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var villages = await db.Villages.CountAsync(v => v.TownshipId == township.Id && v.RetiredAt == null, cancellationToken);
        return TownshipDto.From(township, villages);
    }

    private async Task Apply(Township township, ITownshipFields fields, CancellationToken ct)
    {
        var code = fields.Code!.Trim();
        if (await db.Townships.AnyAsync(t => t.Code == code && t.Id != township.Id, ct))
        {
            throw new ConflictException($"编码 {code} 已被其他乡镇使用。Another township has code '{code}'.").With("code", code);
        }

        township.Code = code;
        township.Name = fields.Name!.Trim();
        township.Kind = fields.Kind!.Value;
        township.InBuiltUpArea = fields.InBuiltUpArea!.Value;
        township.SanitaryTitle = fields.SanitaryTitle ?? SanitaryTitle.None;
        township.LeaderName = string.IsNullOrWhiteSpace(fields.LeaderName) ? null : fields.LeaderName.Trim();
    }
}
