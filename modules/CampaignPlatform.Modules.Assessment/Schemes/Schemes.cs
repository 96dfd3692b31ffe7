using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation.Results;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Assessment.Schemes;

public sealed record SchemeLineDto(
    string Code, string? ParentCode, string NameZh, decimal Points, ScoreRule Rule, FactKind? FactKind, string? LineKey,
    IReadOnlyList<SchemeLineDto> Children);

public sealed record SchemeDto(int Year, decimal Total, IReadOnlyList<SchemeLineDto> Lines)
{
    internal static SchemeDto From(int year, IReadOnlyList<SchemeLine> lines)
    {
        var children = lines.ToLookup(l => l.ParentCode ?? "");
        SchemeLineDto Dto(SchemeLine l) =>
            new(l.Code, l.ParentCode, l.NameZh, l.Points, l.Rule, l.FactKind, l.LineKey, children[l.Code].OrderBy(c => c.SortOrder).Select(Dto).ToList());
        var top = children[""].OrderBy(l => l.SortOrder).Select(Dto).ToList();
        return new SchemeDto(year, top.Sum(l => l.Points), top);
    }
}

/// <summary>The scheme of a year (created from the newest earlier year, or the 2021 default, on first use).</summary>
[AllowSignedIn]
internal sealed record GetScheme(int Year) : IRequest<SchemeDto>;

internal sealed record SchemePointsChange(string? Code, decimal? Points);

/// <summary>Changes the points of some lines of a year's scheme; children must still add up to their parent.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record UpdateScheme(IReadOnlyList<SchemePointsChange>? Lines) : IRequest<SchemeDto>
{
    [JsonIgnore]
    public int Year { get; init; }
}

internal sealed class GetSchemeValidator : AbstractValidator<GetScheme>
{
    public GetSchemeValidator() => RuleFor(q => q.Year).IsAssessmentYear();
}

internal sealed class UpdateSchemeValidator : AbstractValidator<UpdateScheme>
{
    public UpdateSchemeValidator()
    {
        RuleFor(c => c.Year).IsAssessmentYear();
        RuleFor(c => c.Lines).NotEmpty();
        RuleFor(c => c.Lines)
            .Must(lines => lines!.Select(l => l.Code).Distinct().Count() == lines!.Count)
            .When(c => c.Lines is { Count: > 0 })
            .WithMessage("每一项只能出现一次。Each line may appear once.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Code).NotEmpty().MaximumLength(64);
            line.RuleFor(l => l.Points).NotNull().GreaterThanOrEqualTo(0).LessThanOrEqualTo(10000)
                .WithMessage("分值须在 0 到 10000 之间。'points' must be between 0 and 10000.");
        });
    }
}

internal sealed class SchemeHandlers(AssessmentDbContext db, SchemeStore store)
    : IRequestHandler<GetScheme, SchemeDto>, IRequestHandler<UpdateScheme, SchemeDto>
{
    public async Task<SchemeDto> Handle(GetScheme request, CancellationToken cancellationToken) =>
        SchemeDto.From(request.Year, await store.LinesOf(request.Year, cancellationToken));

    public async Task<SchemeDto> Handle(UpdateScheme request, CancellationToken cancellationToken)
    {
        var lines = await store.LinesOf(request.Year, cancellationToken, tracked: true);
        var changes = request.Lines!.ToList();
        foreach (var change in changes)
        {
            var line = lines.FirstOrDefault(l => l.Code == change.Code) ?? throw new NotFoundException("Scheme line", change.Code!);
            line.Points = change.Points!.Value;
        }

        var failures = new List<ValidationFailure>();
        foreach (var parent in lines)
        {
            var below = lines.Where(l => l.ParentCode == parent.Code).ToList();
            if (below.Count > 0 && below.Sum(l => l.Points) != parent.Points)
            {
                var index = changes.FindIndex(c => c.Code == parent.Code || below.Any(b => b.Code == c.Code));
                failures.Add(new ValidationFailure(
                    index < 0 ? "Lines" : $"Lines[{index}].Points",
                    $"“{parent.NameZh}”（{parent.Code}）为 {parent.Points:0.##} 分，但其子项合计 {below.Sum(l => l.Points):0.##} 分。" +
                    $"The lines below '{parent.Code}' must add up to its points."));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        await db.SaveChangesAsync(cancellationToken);
        return SchemeDto.From(request.Year, lines);
    }
}
