using System.Diagnostics.CodeAnalysis;
using CampaignPlatform.Kernel.Checks;
using Cronos;
using Microsoft.Extensions.Configuration;

namespace CampaignPlatform.Modules.Checks.Scheduling;

/// <summary>
/// When each check runs: the cron its module declares, unless <c>Checks:Schedules:{checkId}</c> says otherwise (an
/// office may move a sweep to a quieter hour without a release). Five fields, or six with seconds first.
/// </summary>
internal sealed class CheckSchedules(IConfiguration configuration)
{
    public string CronOf(RecurringCheck check) =>
        configuration[$"Checks:Schedules:{check.Id}"] is { Length: > 0 } configured ? configured.Trim() : check.Cron;

    public static bool TryParse(string cron, [NotNullWhen(true)] out CronExpression? expression) =>
        CronExpression.TryParse(cron, FormatOf(cron), out expression);

    public static CronExpression Parse(string cron) => CronExpression.Parse(cron, FormatOf(cron));

    private static CronFormat FormatOf(string cron) =>
        cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
