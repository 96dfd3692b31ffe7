using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Sites;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Disinfection;

/// <summary>Logs one disinfection of a site (消毒记录): when, area covered, disinfectant, operator.</summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record LogDisinfection(Guid SiteId, DateTimeOffset? At, decimal? AreaSquareMetres, string? Disinfectant, string? Operator)
    : IRequest<DisinfectionDto>;

internal sealed record DisinfectionDto(
    long Id, Guid SiteId, DateTimeOffset At, DateOnly CityDate, decimal AreaSquareMetres, string Disinfectant, string Operator, string RecordedBy)
{
    public static DisinfectionDto From(DisinfectionEntry d) =>
        new(d.Id, d.SiteId, d.At, CityClock.DateOf(d.At), d.AreaSquareMetres, d.Disinfectant, d.Operator, d.RecordedBy);
}

internal sealed class LogDisinfectionValidator : AbstractValidator<LogDisinfection>
{
    public LogDisinfectionValidator(TimeProvider time)
    {
        RuleFor(d => d.At).NotNull().Must(at => at is null || at.Value <= time.GetUtcNow())
            .WithMessage("消毒时间不能晚于现在。The time of disinfection cannot be in the future.");
        RuleFor(d => d.AreaSquareMetres).NotNull().GreaterThan(0).LessThanOrEqualTo(1_000_000);
        RuleFor(d => d.Disinfectant).NotEmpty().MaximumLength(200);
        RuleFor(d => d.Operator).NotEmpty().MaximumLength(128);
    }
}

internal sealed class LogDisinfectionHandler(HygieneDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<LogDisinfection, DisinfectionDto>
{
    public async Task<DisinfectionDto> Handle(LogDisinfection request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken);
        var at = TruncateToMinute(request.At!.Value);
        SiteAccess.EnsureActiveOn(site, CityClock.DateOf(at));
        if (await db.Disinfections.AnyAsync(d => d.SiteId == site.Id && d.At == at, cancellationToken))
        {
            throw Duplicate(site, at);
        }

        var entry = new DisinfectionEntry
        {
            SiteId = site.Id, TownshipId = site.TownshipId, At = at, AreaSquareMetres = request.AreaSquareMetres!.Value,
            Disinfectant = request.Disinfectant!.Trim(), Operator = request.Operator!.Trim(), RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        // The evidence names the entry's number, known once it is saved: entry, summary and evidence in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Disinfections.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two entries for the same minute racing each other: the unique index keeps one.
            throw Duplicate(site, at);
        }

        await DisinfectionSummary.CountEntryAsync(db, site, CityClock.DateOf(at), cancellationToken);
        db.Enqueue(new EvidenceRecorded(
            HygieneModule.Id, $"disinfection:{entry.Id}", site.TownshipId, [IndicatorOf(site.Category)],
            $"{site.Name}（{SiteLabels.Of(site.Category)}）消毒 {entry.AreaSquareMetres:0.##} m²，{entry.Disinfectant}，{entry.Operator}", CityClock.DateOf(at)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return DisinfectionDto.From(entry);
    }

    public static DateTimeOffset TruncateToMinute(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
    }

    public static string IndicatorOf(SiteCategory category) => category switch
    {
        SiteCategory.School => StandardIndicators.SchoolHygiene,
        SiteCategory.Hospital => StandardIndicators.MedicalInstitutions,
        _ => StandardIndicators.KeyPlacesHygiene,
    };

    private static ConflictException Duplicate(Site site, DateTimeOffset at) =>
        new ConflictException($"“{site.Name}”在 {CityClock.ToCityTime(at):yyyy-MM-dd HH:mm} 已有消毒记录。This site already has an entry for that minute.")
            .With("siteId", site.Id).With("at", at);
}
