using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Organisation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Villages;

internal interface IVillageFields
{
    string? Code { get; }
    string? Name { get; }
    VillageKind? Kind { get; }
    string? LeaderName { get; }
}

[Allow(ActorRole.CityAdministrator)]
internal sealed record CreateVillage(string? Code, string? Name, VillageKind? Kind, string? LeaderName)
    : IVillageFields, ITownshipScoped, IRequest<VillageDto>
{
    [JsonIgnore]
    public Guid TownshipId { get; init; }
}

[Allow(ActorRole.CityAdministrator)]
internal sealed record UpdateVillage(string? Code, string? Name, VillageKind? Kind, string? LeaderName) : IVillageFields, IRequest<VillageDto>
{
    [JsonIgnore]
    public Guid VillageId { get; init; }
}

[Allow(ActorRole.CityAdministrator)]
internal sealed record RetireVillage(Guid VillageId) : IRequest<VillageDto>;

internal sealed class VillageFieldsRules : AbstractValidator<IVillageFields>
{
    public VillageFieldsRules()
    {
        RuleFor(f => f.Code).NotEmpty().MaximumLength(32).Matches("^[0-9A-Za-z-]+$")
            .WithMessage("编码只能包含数字、字母和连字符。Code: digits, letters and hyphens only.");
        RuleFor(f => f.Name).NotEmpty().MaximumLength(64);
        RuleFor(f => f.Kind).NotNull().IsInEnum();
        RuleFor(f => f.LeaderName).MaximumLength(64);
    }
}

internal sealed class CreateVillageValidator : AbstractValidator<CreateVillage>
{
    public CreateVillageValidator() => Include(new VillageFieldsRules());
}

internal sealed class UpdateVillageValidator : AbstractValidator<UpdateVillage>
{
    public UpdateVillageValidator() => Include(new VillageFieldsRules());
}

internal sealed class SaveVillageHandler(OrgDbContext db, TimeProvider time)
    : IRequestHandler<CreateVillage, VillageDto>, IRequestHandler<UpdateVillage, VillageDto>, IRequestHandler<RetireVillage, VillageDto>
{
    public async Task<VillageDto> Handle(CreateVillage request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Id == request.TownshipId, cancellationToken)
                       ?? throw new NotFoundException("Township", request.TownshipId);
        if (township.RetiredAt is not null)
        {
            throw new ConflictException($"乡镇“{township.Name}”已撤销，不能新增村社区。The township is retired.");
        }

        var village = new Village { Id = Guid.NewGuid(), TownshipId = township.Id, Code = "", Name = "", CreatedAt = time.GetUtcNow() };
        await Apply(village, request, cancellationToken);
        db.Villages.Add(village);
        await db.SaveChangesAsync(cancellationToken);
        return VillageDto.From(village, 0);
    }

    public async Task<VillageDto> Handle(UpdateVillage request, CancellationToken cancellationToken)
    {
        var village = await Load(request.VillageId, cancellationToken);
        await Apply(village, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return VillageDto.From(village, await db.Grids.CountAsync(g => g.VillageId == village.Id && g.RetiredAt == null, cancellationToken));
    }

    public async Task<VillageDto> Handle(RetireVillage request, CancellationToken cancellationToken)
    {
        var village = await Load(request.VillageId, cancellationToken);
        village.RetiredAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return VillageDto.From(village, 0);
    }

    private async Task<Village> Load(Guid id, CancellationToken ct)
    {
        var village = await db.Villages.FirstOrDefaultAsync(v => v.Id == id, ct) ?? throw new NotFoundException("Village", id);
        return village.RetiredAt is null
            ? village
            : throw new ConflictException($"“{village.Name}”已撤销。The village is retired.").With("retiredAt", village.RetiredAt);
    }

    private async Task Apply(Village village, IVillageFields fields, CancellationToken ct)
    {
        var code = fields.Code!.Trim();
        if (await db.Villages.AnyAsync(v => v.Code == code && v.Id != village.Id, ct))
        {
            throw new ConflictException($"编码 {code} 已被其他村社区使用。Another village has code '{code}'.").With("code", code);
        }

        village.Code = code;
        village.Name = fields.Name!.Trim();
        village.Kind = fields.Kind!.Value;
        village.LeaderName = string.IsNullOrWhiteSpace(fields.LeaderName) ? null : fields.LeaderName.Trim();
    }
}
