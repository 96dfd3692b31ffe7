using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Organisation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Grids;

public sealed record GridDto(Guid Id, Guid VillageId, string Name, string? WorkerName);

[AllowSignedIn]
internal sealed record GetGrids(Guid VillageId) : IRequest<IReadOnlyList<GridDto>>;

[Allow(ActorRole.CityAdministrator)]
internal sealed record CreateGrid(string? Name, string? WorkerName) : IRequest<GridDto>
{
    [JsonIgnore]
    public Guid VillageId { get; init; }
}

internal sealed class CreateGridValidator : AbstractValidator<CreateGrid>
{
    public CreateGridValidator()
    {
        RuleFor(g => g.Name).NotEmpty().MaximumLength(64);
        RuleFor(g => g.WorkerName).MaximumLength(64);
    }
}

internal sealed class GridHandlers(OrgDbContext db) : IRequestHandler<GetGrids, IReadOnlyList<GridDto>>, IRequestHandler<CreateGrid, GridDto>
{
    public async Task<IReadOnlyList<GridDto>> Handle(GetGrids request, CancellationToken cancellationToken)
    {
        if (!await db.Villages.AnyAsync(v => v.Id == request.VillageId, cancellationToken))
        {
            throw new NotFoundException("Village", request.VillageId);
        }

        return await db.Grids.AsNoTracking()
            .Where(g => g.VillageId == request.VillageId && g.RetiredAt == null)
            .OrderBy(g => g.Name)
            .Select(g => new GridDto(g.Id, g.VillageId, g.Name, g.WorkerName))
            .ToListAsync(cancellationToken);
    }

    public async Task<GridDto> Handle(CreateGrid request, CancellationToken cancellationToken)
    {
        var village = await db.Villages.FirstOrDefaultAsync(v => v.Id == request.VillageId, cancellationToken)
                      ?? throw new NotFoundException("Village", request.VillageId);
        if (village.RetiredAt is not null)
        {
            throw new ConflictException($"“{village.Name}”已撤销，不能新增网格。The village is retired.");
        }

        var grid = new Grid { Id = Guid.NewGuid(), VillageId = village.Id, Name = request.Name!.Trim(), WorkerName = request.WorkerName?.Trim() };
        db.Grids.Add(grid);
        await db.SaveChangesAsync(cancellationToken);
        return new GridDto(grid.Id, grid.VillageId, grid.Name, grid.WorkerName);
    }
}
