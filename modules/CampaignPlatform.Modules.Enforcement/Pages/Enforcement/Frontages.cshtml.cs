using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Frontages;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// A township's frontage agreements (门前五包责任书): who signed, when, for which duties; from here a patrol rates one and
/// the township's red and black lists open.
/// </summary>
public sealed class FrontagesModel(IMediator mediator) : TownshipListModel(mediator)
{
    /// <summary>What was just done, after a form sent people back here.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>The number of the case a rating just opened (the third failure within 30 days).</summary>
    [BindProperty(Name = "case", SupportsGet = true)]
    public string? OpenedCase { get; set; }

    internal bool MayRegister => MaySend<RegisterFrontage>();

    internal bool MayCorrect => MaySend<CorrectFrontage>();

    internal bool MayRate => MaySend<RateFrontage>();

    internal bool MayReadLists => MaySend<GetFrontageLists>();

    internal IReadOnlyList<FrontageDto> Frontages { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (await PickTownshipAsync() is { } township)
        {
            await TrySendAsync(new ListFrontages(township), frontages => Frontages = frontages);
        }
    }
}
