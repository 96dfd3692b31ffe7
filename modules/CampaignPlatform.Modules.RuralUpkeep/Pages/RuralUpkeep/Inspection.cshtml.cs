using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.RuralUpkeep.FiveHaves;
using CampaignPlatform.Modules.RuralUpkeep.Inspections;
using CampaignPlatform.Modules.RuralUpkeep.Template;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>One answer of the checklist as the form sends it.</summary>
public sealed class AnswerInput
{
    public string? Code { get; set; }

    public bool? Passed { get; set; }

    public string? Note { get; set; }
}

/// <summary>The inspection checklist of a village: the same <see cref="RecordInspection"/> request and validator as the API.</summary>
public sealed class InspectionModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid VillageId { get; set; }

    [BindProperty]
    public DateOnly? InspectedOn { get; set; }

    [BindProperty]
    public string? Inspector { get; set; }

    /// <summary>One answer per checklist item, in the checklist's order.</summary>
    [BindProperty]
    public List<AnswerInput> Results { get; set; } = [];

    internal VillageFiveHavesDto? Village { get; private set; }

    internal IReadOnlyList<TemplateItemDto> Checklist { get; private set; } = [];

    public async Task OnGetAsync()
    {
        InspectedOn = CityClock.Today(time);
        Inspector = Account?.DisplayName;
        await LoadAsync();
        Results = Checklist.Select(item => new AnswerInput { Code = item.Code }).ToList();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var answers = Results.Select(a => new InspectionAnswer(a.Code, a.Passed, a.Note)).ToList();
        if (await TrySendAsync(new RecordInspection(VillageId, InspectedOn, Inspector, answers)))
        {
            return LocalRedirect($"/rural-upkeep/villages/{VillageId}?done=inspection");
        }

        return await PageAgainAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        if (await TrySendAsync(new GetVillageFiveHaves(VillageId), village => Village = village))
        {
            await TrySendAsync(new GetTemplate(), checklist => Checklist = checklist);
        }
    }

    /// <summary>The checklist item an answer row is about (by code, so a reloaded form keeps its rows).</summary>
    internal TemplateItemDto? ItemOf(AnswerInput answer) => Checklist.FirstOrDefault(i => i.Code == answer.Code);
}
