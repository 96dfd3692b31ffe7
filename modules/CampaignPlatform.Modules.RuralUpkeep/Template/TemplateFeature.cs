using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Template;

public sealed record TemplateItemDto(string Code, string NameZh, int Weight, string? UnitCode);

/// <summary>The inspection checklist in force, in its order.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetTemplate : IRequest<IReadOnlyList<TemplateItemDto>>;

/// <summary>Replaces the checklist. Inspections already recorded keep the items and weights of their day.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record SaveTemplate(IReadOnlyList<TemplateItemInput>? Items) : IRequest<IReadOnlyList<TemplateItemDto>>;

internal sealed record TemplateItemInput(string? Code, string? NameZh, int? Weight, string? UnitCode);

internal sealed class SaveTemplateValidator : AbstractValidator<SaveTemplate>
{
    public SaveTemplateValidator()
    {
        RuleFor(c => c.Items).NotEmpty().Must(items => items!.Select(i => i?.Code).Distinct(StringComparer.Ordinal).Count() == items!.Count)
            .When(c => c.Items is { Count: > 0 })
            .WithMessage("检查项编码不能重复。Item codes must be unique.");
        RuleFor(c => c.Items).NotEmpty();
        RuleForEach(c => c.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Code).NotEmpty().MaximumLength(32).Matches("^[a-z0-9-]+$")
                .WithMessage("编码只能含小写字母、数字和连字符。Code: lower-case letters, digits and hyphens.");
            item.RuleFor(i => i.NameZh).NotEmpty().MaximumLength(100);
            item.RuleFor(i => i.Weight).NotNull().InclusiveBetween(1, 100);
            item.RuleFor(i => i.UnitCode).MaximumLength(32);
        });
    }
}

internal sealed class TemplateHandlers(RuralUpkeepDbContext db) :
    IRequestHandler<GetTemplate, IReadOnlyList<TemplateItemDto>>,
    IRequestHandler<SaveTemplate, IReadOnlyList<TemplateItemDto>>
{
    public async Task<IReadOnlyList<TemplateItemDto>> Handle(GetTemplate request, CancellationToken cancellationToken) =>
        await db.TemplateItems.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new TemplateItemDto(t.Code, t.NameZh, t.Weight, t.UnitCode)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TemplateItemDto>> Handle(SaveTemplate request, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.TemplateItems.ExecuteDeleteAsync(cancellationToken);
        db.TemplateItems.AddRange(request.Items!.Select((i, n) => new TemplateItem
        {
            Code = i.Code!, NameZh = i.NameZh!, Weight = i.Weight!.Value, SortOrder = n + 1, UnitCode = i.UnitCode,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await Handle(new GetTemplate(), cancellationToken);
    }
}

internal static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/template", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetTemplate(), ct)))
            .WithSummary("检查标准 · The inspection checklist with its weights");
        api.MapPut("/template", async (SaveTemplate body, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(body, ct)))
            .WithSummary("修改检查标准 · Replace the checklist (city-wide; past inspections keep theirs)");
    }
}
