using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>
/// Retires a site that closed, was demolished or merged (注销): from <see cref="RetiredOn"/> it owes no facilities and
/// no disinfections, drops out of the checks and the score, and takes no new records. Its history stays.
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record RetireSite(Guid SiteId, DateOnly? RetiredOn, string? Reason, int? Version) : IRequest<SiteDto>;

internal sealed class RetireSiteValidator : AbstractValidator<RetireSite>
{
    public RetireSiteValidator(TimeProvider time)
    {
        RuleFor(r => r.RetiredOn).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time))
            .WithMessage("注销日期不能晚于今天。The retirement date cannot be in the future.");
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
        RuleFor(r => r.Version).NotNull().GreaterThanOrEqualTo(0);
    }
}

internal sealed class RetireSiteHandler(HygieneDbContext db, IMediator mediator, IOptions<HygieneOptions> options) : IRequestHandler<RetireSite, SiteDto>
{
    public async Task<SiteDto> Handle(RetireSite request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken, tracked: true);
        SiteVersions.EnsureCurrent(site, request.Version!.Value);
        if (site.RetiredOn is not null)
        {
            throw new ConflictException($"场所“{site.Name}”已于 {site.RetiredOn:yyyy-MM-dd} 注销。The site is already retired.")
                .With("retiredOn", site.RetiredOn);
        }

        var registered = CityClock.DateOf(site.CreatedAt);
        if (request.RetiredOn!.Value < registered)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(RetireSite.RetiredOn),
                $"注销日期不能早于登记日期 {registered:yyyy-MM-dd}。The site was registered on {registered:yyyy-MM-dd}.")]);
        }

        site.RetiredOn = request.RetiredOn;
        site.RetiredReason = request.Reason!.Trim();
        // The days from the retirement on no longer count: the site and the disinfection summary change together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SiteVersions.SaveAsync(db, site, cancellationToken);
        await DisinfectionSummary.RemoveRetiredDaysAsync(db, site, site.RetiredOn.Value, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SiteDto.From(site, options.Value.FrequencyOf(site.Category), await LatestChecks.OfSiteAsync(db, site.Id, cancellationToken));
    }
}
