using CampaignPlatform.Kernel.Modules;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Host.Pipeline;

/// <summary>Runs every FluentValidation validator of the request; any failure stops it before the handler writes anything.</summary>
[PipelineStage(PipelineStages.Validation)]
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await next();
    }
}
