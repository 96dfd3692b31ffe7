using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Assessment;

/// <summary>Checks the assessment's requests share: a year it accepts, a township that exists.</summary>
internal static class AssessmentGuards
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static IRuleBuilderOptions<T, int?> IsAssessmentYear<T>(this IRuleBuilder<T, int?> rule) =>
        rule.InclusiveBetween(FirstYear, LastYear);

    public static IRuleBuilderOptions<T, int> IsAssessmentYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(FirstYear, LastYear);

    /// <summary>The township, or 404 problem details when there is none with that id.</summary>
    public static async Task<TownshipInfo> RequireTownship(this IMediator mediator, Guid townshipId, CancellationToken ct) =>
        await mediator.Send(new FindTownship(townshipId), ct) ?? throw new NotFoundException("Township", townshipId);
}
