using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enforcement.Pages.Enforcement;

/// <summary>
/// A year's working calendar (holidays and make-up working days) that the handling deadlines count in. Administrators
/// add and remove days; each change sends the year's whole list as <see cref="SetCalendar"/>, the same request and
/// validator as the API.
/// </summary>
public sealed class CalendarModel(IMediator mediator, TimeProvider time) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public CalendarDayKind? Kind { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    internal WorkingCalendarDto? Calendar { get; private set; }

    private int TheYear => Year ?? CityClock.Today(time).Year;

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        if (Calendar is null)
        {
            return Page();
        }

        if (Date is not { } date)
        {
            ModelState.AddModelError(nameof(Date), "请填写日期。Enter the date.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var days = Calendar.Days.Append(new CalendarDayDto(date, Kind ?? (CalendarDayKind)(-1), Name ?? "")).ToList();
        return await SaveAsync(days, newDay: days.Count - 1);
    }

    public async Task<IActionResult> OnPostRemoveAsync(DateOnly remove)
    {
        await LoadAsync();
        return Calendar is null ? Page() : await SaveAsync(Calendar.Days.Where(d => d.Date != remove).ToList(), newDay: null);
    }

    private async Task<IActionResult> SaveAsync(IReadOnlyList<CalendarDayDto> days, int? newDay)
    {
        if (await TrySendAsync(new SetCalendar(TheYear, days)))
        {
            return LocalRedirect($"/enforcement/calendar?year={TheYear}&saved=true");
        }

        // The API names the failures after the list it was sent ("Days[3].Name", "Days"); the form has one new day.
        foreach (var (key, entry) in ModelState.Where(e => e.Key.StartsWith(nameof(SetCalendar.Days), StringComparison.Ordinal)).ToList())
        {
            var field = key == $"Days[{newDay}].Kind" ? nameof(Kind) : key == $"Days[{newDay}].Name" ? nameof(Name) : nameof(Date);
            foreach (var error in entry!.Errors)
            {
                ModelState.AddModelError(field, error.ErrorMessage);
            }

            ModelState.Remove(key);
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        // The same years the API accepts for a calendar; a year outside them has no dates to show.
        if (TheYear is < 2000 or > 2100)
        {
            ModelState.AddModelError(nameof(Year), "年度须在 2000 至 2100 之间。The year must be between 2000 and 2100.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await TrySendAsync(new GetCalendar(TheYear), calendar => Calendar = calendar);
    }
}
