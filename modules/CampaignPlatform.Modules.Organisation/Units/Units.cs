using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Organisation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Units;

public sealed record UnitDto(Guid Id, string Code, string Name, string? ShortName, DateTimeOffset? RetiredAt)
{
    internal static UnitDto From(ResponsibleUnit u) => new(u.Id, u.Code, u.Name, u.ShortName, u.RetiredAt);
}

[AllowSignedIn]
internal sealed record GetUnits(bool IncludeRetired) : IRequest<IReadOnlyList<UnitDto>>;

[Allow(ActorRole.CityAdministrator)]
internal sealed record CreateUnit(string? Code, string? Name, string? ShortName) : IRequest<UnitDto>;

[Allow(ActorRole.CityAdministrator)]
internal sealed record UpdateUnit(string? Code, string? Name, string? ShortName) : IRequest<UnitDto>
{
    [JsonIgnore]
    public Guid UnitId { get; init; }
}

[Allow(ActorRole.CityAdministrator)]
internal sealed record RetireUnit(Guid UnitId) : IRequest<UnitDto>;

internal sealed class CreateUnitValidator : AbstractValidator<CreateUnit>
{
    public CreateUnitValidator()
    {
        RuleFor(u => u.Code).NotEmpty().MaximumLength(32).Matches("^[0-9A-Za-z-]+$");
        RuleFor(u => u.Name).NotEmpty().MaximumLength(64);
        RuleFor(u => u.ShortName).MaximumLength(32);
    }
}

internal sealed class UpdateUnitValidator : AbstractValidator<UpdateUnit>
{
    public UpdateUnitValidator()
    {
        RuleFor(u => u.Code).NotEmpty().MaximumLength(32).Matches("^[0-9A-Za-z-]+$");
        RuleFor(u => u.Name).NotEmpty().MaximumLength(64);
        RuleFor(u => u.ShortName).MaximumLength(32);
    }
}

internal sealed class UnitHandlers(OrgDbContext db, TimeProvider time)
    : IRequestHandler<GetUnits, IReadOnlyList<UnitDto>>, IRequestHandler<CreateUnit, UnitDto>,
      IRequestHandler<UpdateUnit, UnitDto>, IRequestHandler<RetireUnit, UnitDto>
{
    public async Task<IReadOnlyList<UnitDto>> Handle(GetUnits request, CancellationToken cancellationToken) =>
        (await db.Units.AsNoTracking()
            .Where(u => request.IncludeRetired || u.RetiredAt == null)
            .OrderBy(u => u.Code)
            .ToListAsync(cancellationToken))
        .Select(UnitDto.From).ToList();

    public async Task<UnitDto> Handle(CreateUnit request, CancellationToken cancellationToken)
    {
        var unit = new ResponsibleUnit { Id = Guid.NewGuid(), Code = "", Name = "" };
        await Apply(unit, request.Code!, request.Name!, request.ShortName, cancellationToken);
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return UnitDto.From(unit);
    }

    public async Task<UnitDto> Handle(UpdateUnit request, CancellationToken cancellationToken)
    {
        var unit = await Load(request.UnitId, cancellationToken);
        await Apply(unit, request.Code!, request.Name!, request.ShortName, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return UnitDto.From(unit);
    }

    public async Task<UnitDto> Handle(RetireUnit request, CancellationToken cancellationToken)
    {
        var unit = await Load(request.UnitId, cancellationToken);
        unit.RetiredAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return UnitDto.From(unit);
    }

    private async Task<ResponsibleUnit> Load(Guid id, CancellationToken ct)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("Unit", id);
        return unit.RetiredAt is null ? unit : throw new ConflictException($"单位“{unit.Name}”已撤销。The unit is retired.");
    }

    private async Task Apply(ResponsibleUnit unit, string code, string name, string? shortName, CancellationToken ct)
    {
        code = code.Trim();
        if (await db.Units.AnyAsync(u => u.Code == code && u.Id != unit.Id, ct))
        {
            throw new ConflictException($"编码 {code} 已被其他单位使用。Another unit has code '{code}'.").With("code", code);
        }

        unit.Code = code;
        unit.Name = name.Trim();
        unit.ShortName = string.IsNullOrWhiteSpace(shortName) ? null : shortName.Trim();
    }
}
