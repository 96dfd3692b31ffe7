using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Assessment.Evidence;

public sealed record EvidenceLinkDto(
    long Id, string IndicatorCode, string SourceModule, string SourceReference, Guid? TownshipId, string Description,
    DateOnly OccurredOn, DateTimeOffset LinkedAt, string LinkedBy)
{
    internal static EvidenceLinkDto From(EvidenceLink l) => new(
        l.Id, l.IndicatorCode, l.SourceModule, l.SourceReference, l.TownshipId, l.Description, l.OccurredOn, l.LinkedAt, l.LinkedBy);
}

public sealed record LinkedEvidenceDto(EvidenceLinkDto Link, bool Created);

/// <summary>An administrator files a record (paper, photo, a document) in the evidence packs of one or more indicators.</summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record LinkEvidence(
    IReadOnlyList<string>? IndicatorCodes, string? SourceModule, string? SourceReference, Guid? TownshipId, string? Description, DateOnly? Date)
    : IRequest<IReadOnlyList<LinkedEvidenceDto>>;

internal sealed class LinkEvidenceValidator : AbstractValidator<LinkEvidence>
{
    public LinkEvidenceValidator()
    {
        RuleFor(e => e.IndicatorCodes).NotEmpty();
        RuleForEach(e => e.IndicatorCodes).NotEmpty().MaximumLength(16);
        RuleFor(e => e.SourceModule).NotEmpty().MaximumLength(64);
        RuleFor(e => e.SourceReference).NotEmpty().MaximumLength(200);
        RuleFor(e => e.TownshipId).NotEqual(Guid.Empty);
        RuleFor(e => e.Description).NotEmpty().MaximumLength(1000);
        RuleFor(e => e.Date).NotNull();
    }
}

internal sealed class LinkEvidenceHandler(EvidenceFiler filer, IMediator mediator, ICurrentActor actor)
    : IRequestHandler<LinkEvidence, IReadOnlyList<LinkedEvidenceDto>>
{
    public async Task<IReadOnlyList<LinkedEvidenceDto>> Handle(LinkEvidence request, CancellationToken cancellationToken)
    {
        var codes = request.IndicatorCodes!.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var known = await filer.KnownCodes(codes, cancellationToken);
        if (codes.FirstOrDefault(c => !known.Contains(c)) is { } missing)
        {
            throw new NotFoundException("Indicator", missing);
        }

        if (request.TownshipId is { } townshipId)
        {
            await mediator.RequireTownship(townshipId, cancellationToken);
        }

        var filed = await filer.File(
            new EvidenceToFile(codes, request.SourceModule!.Trim(), request.SourceReference!.Trim(), request.TownshipId,
                request.Description!.Trim(), request.Date!.Value),
            actor.Name, cancellationToken);
        return filed.Select(f => new LinkedEvidenceDto(EvidenceLinkDto.From(f.Link), f.Created)).ToList();
    }
}
