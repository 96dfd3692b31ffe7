using System.Diagnostics;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Generator;

/// <summary>
/// <c>dotnet run -c Release --project build/CampaignPlatform.Generator -- [--provider Sqlite|Postgres] [--connection "..."]
/// [--data-directory dir] [--size province|tiny] [--townships N] [--villages N] [--sites N] [--days N] [--cases N] [--items N]</c>.
/// Fills an empty database (the tables are created by the modules themselves on the way) with a generated city; a host
/// started on the same settings with <c>Demo:Seed=false</c> serves it.
/// </summary>
public static class GeneratorProgram
{
    public static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync("Usage: [--provider Sqlite|Postgres] [--connection \"Host=…\"] [--data-directory dir] [--size province|tiny] " +
                                               "[--townships N] [--villages N] [--sites N] [--days N] [--cases N] [--items N]");
            return 2;
        }

        var started = Stopwatch.GetTimestamp();
        await using var app = await PreparedPlatform.StartAsync(options.Target);
        if (!await CityIsEmptyAsync(app.Services))
        {
            await Console.Error.WriteLineAsync("The database already holds townships: the generator fills an empty database only.");
            return 1;
        }

        Console.WriteLine($"Tables ready in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s; generating {options.Size} on {options.Target.Provider}");
        var generator = new CityGenerator(app.Services, options.Size, TimeProvider.System);
        await generator.GenerateAsync(t => Console.WriteLine($"{t.Module,-14} {t.Entity,-20} {t.Rows,10:N0} rows {t.Elapsed.TotalSeconds,7:0.0} s"));
        Console.WriteLine($"Done in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s, {generator.Tables.Sum(t => t.Rows):N0} rows.");
        return 0;
    }

    private static async Task<bool> CityIsEmptyAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var townships = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListTownships());
        return townships.Count == 0;
    }

    private sealed record Options(DatabaseTarget Target, CitySize Size)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Expected --name value pairs, got '{args[i]}'.");
                }

                values[args[i][2..]] = args[i + 1];
            }

            var provider = Enum.Parse<DatabaseProvider>(values.GetValueOrDefault("provider", "Sqlite"), ignoreCase: true);
            var dataDirectory = values.GetValueOrDefault("data-directory", "data-province");
            var target = provider == DatabaseProvider.Postgres
                ? DatabaseTarget.Postgres(values.GetValueOrDefault("connection")
                    ?? throw new ArgumentException("--provider Postgres needs --connection."), dataDirectory)
                : DatabaseTarget.Sqlite(dataDirectory);
            var size = values.GetValueOrDefault("size", "province").ToLowerInvariant() switch
            {
                "province" => CitySize.Province,
                "tiny" => CitySize.Tiny,
                var other => throw new ArgumentException($"--size must be province or tiny, not '{other}'."),
            };
            size = size with
            {
                Townships = Number(values, "townships", size.Townships),
                Villages = Number(values, "villages", size.Villages),
                HygieneSites = Number(values, "sites", size.HygieneSites),
                LogDays = Number(values, "days", size.LogDays),
                EnforcementCases = Number(values, "cases", size.EnforcementCases),
                RectificationItems = Number(values, "items", size.RectificationItems),
            };
            return new Options(target, size);
        }

        private static int Number(Dictionary<string, string> values, string name, int fallback) =>
            values.TryGetValue(name, out var text)
                ? int.TryParse(text, out var number) && number > 0 ? number : throw new ArgumentException($"--{name} must be a positive number.")
                : fallback;
    }
}
