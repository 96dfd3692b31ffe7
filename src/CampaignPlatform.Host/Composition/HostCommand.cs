using CampaignPlatform.Host.Storage;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// What the host was asked to do besides serving. <c>--migrate-only</c> applies every module's migrations (and the
/// preparation of a new database) and exits, for a deployment that migrates before it switches traffic to the new
/// version; <c>--migrations</c> lists each module's applied and pending migrations and exits, changing nothing.
/// </summary>
public enum HostCommand
{
    Serve,
    MigrateOnly,
    ListMigrations,
}

public static class HostCommands
{
    private static readonly Dictionary<string, HostCommand> Switches = new(StringComparer.Ordinal)
    {
        ["--migrate-only"] = HostCommand.MigrateOnly,
        ["--migrations"] = HostCommand.ListMigrations,
    };

    /// <summary>The command among the arguments, and the arguments without it (the rest is configuration).</summary>
    public static (HostCommand Command, string[] Settings) Parse(string[] args)
    {
        var commands = args.Where(Switches.ContainsKey).Select(a => Switches[a]).Distinct().ToList();
        if (commands.Count > 1)
        {
            throw new ArgumentException("Give one of --migrate-only and --migrations, not both.");
        }

        return (commands.SingleOrDefault(HostCommand.Serve), args.Where(a => !Switches.ContainsKey(a)).ToArray());
    }

    /// <summary>Carries out a command other than serving; the exit code is 0 when it did what was asked.</summary>
    public static async Task<int> RunAsync(WebApplication app, HostCommand command)
    {
        var output = Console.Out;
        if (command == HostCommand.MigrateOnly)
        {
            try
            {
                await app.PrepareStorageAndModulesAsync();
            }
            catch (MigrationException refused)
            {
                await Console.Error.WriteLineAsync(refused.Message);
                return 1;
            }
        }

        var statuses = await ModuleMigrations.StatusAsync(app.Services, CancellationToken.None);
        foreach (var status in statuses)
        {
            await output.WriteLineAsync($"{status.Module,-16} {status.Applied.Count,3} applied  {status.Pending.Count,3} pending" +
                (status.Applied.Count > 0 ? $"  last {status.Applied[^1]}" : ""));
            foreach (var pending in status.Pending)
            {
                await output.WriteLineAsync($"{"",-16} pending  {pending}");
            }

            foreach (var unknown in status.Unknown)
            {
                await output.WriteLineAsync($"{"",-16} unknown  {unknown} (made by a newer version)");
            }
        }

        return statuses.Any(s => s.Unknown.Count > 0) || (command == HostCommand.MigrateOnly && statuses.Any(s => s.Pending.Count > 0)) ? 1 : 0;
    }
}
