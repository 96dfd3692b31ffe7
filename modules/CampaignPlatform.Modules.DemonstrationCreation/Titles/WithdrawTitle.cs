using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.DemonstrationCreation.Titles;

/// <summary>A city supervisor withdraws (撤销) a title on their own decision, with a reason; a withdrawn title → 409.</summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record WithdrawTitle(Guid TitleId, string? Reason, int? Version) : IRequest<TitleDto>;

internal sealed class WithdrawTitleValidator : AbstractValidator<WithdrawTitle>
{
    public WithdrawTitleValidator()
    {
        RuleFor(w => w.Reason).NotEmpty().MaximumLength(DemonstrationTitle.MaxReason);
        RuleFor(w => w.Version).NotNull().GreaterThanOrEqualTo(0);
    }
}

internal sealed class WithdrawTitleHandler(DemonstrationCreationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<WithdrawTitle, TitleDto>
{
    public async Task<TitleDto> Handle(WithdrawTitle request, CancellationToken cancellationToken)
    {
        var title = await RecordAccess.TitleAsync(db, mediator, request.TitleId, cancellationToken, tracked: true);
        Versions.EnsureCurrent(title.Version, request.Version!.Value, "称号");
        TitleChanges.EnsureHeld(title);
        TitleChanges.Withdraw(title, CityClock.Today(time), request.Reason!.Trim(), actor.Name);
        await Versions.SaveAsync(db, title, request.Version!.Value, "称号", cancellationToken);
        return TitleDto.From(title);
    }
}
