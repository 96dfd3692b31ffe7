using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Hygiene.Pages.Hygiene;

/// <summary>The disinfection-log form: the same <see cref="LogDisinfection"/> request and validator as the API.</summary>
public sealed class DisinfectionModel(IMediator mediator, TimeProvider time) : SiteFormModel(mediator)
{
    /// <summary>City wall-clock time, as typed.</summary>
    [BindProperty]
    public DateTime? At { get; set; }

    [BindProperty]
    public decimal? AreaSquareMetres { get; set; }

    [BindProperty]
    public string? Disinfectant { get; set; }

    [BindProperty]
    public string? Operator { get; set; }

    public async Task OnGetAsync()
    {
        At = CityClock.ToCityTime(time.GetUtcNow()).DateTime;
        At = At.Value.AddTicks(-(At.Value.Ticks % TimeSpan.TicksPerMinute));
        Operator = Account?.DisplayName;
        await LoadSiteAsync();
    }

    public Task<IActionResult> OnPostAsync() => RecordAsync(
        new LogDisinfection(SiteId, At is { } at ? CityClock.FromCityTime(at) : null, AreaSquareMetres, Disinfectant, Operator), "disinfection");
}
