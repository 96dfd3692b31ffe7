using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CampaignPlatform.LoadDriver;

/// <summary>
/// Loads the public intake (<c>POST /api/enforcement/reports</c>) of a running host and, in the same run, the bare
/// baseline endpoint (<c>POST /api/enforcement/bare-reports</c>, present only with <c>Benchmarks:BareIntake=true</c>):
/// first each at saturation (closed loop), then each at half its own saturating rate (open loop). Prints requests per
/// second, p50/p99 latency and the host's peak working set per phase, and the intake's ratios to the baseline.
/// <c>dotnet CampaignPlatform.LoadDriver.dll --url http://127.0.0.1:5090 --admin-user U --admin-password P
/// [--host-pid PID] [--clients 16] [--seconds 20] [--coordinates true] [--intake-rate R]</c>. <c>--intake-rate</c> offers
/// the intake R reports a second in its open-loop phase instead of half its saturating rate of this run, so that two
/// builds can be compared at one rate. build/intake-load.sh starts a host and runs it.
/// </summary>
public static class LoadDriverProgram
{
    private static readonly string[] Categories = ["Flyposting", "StreetOccupation", "IllegalStructure", "Dumping", "MunicipalFacilityDamage", "Other"];

    public static async Task<int> Main(string[] args)
    {
        var options = args.Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(p => p[0][2..], p => p[1], StringComparer.OrdinalIgnoreCase);
        if (!options.TryGetValue("url", out var url) || !options.TryGetValue("admin-user", out var user) || !options.TryGetValue("admin-password", out var password))
        {
            await Console.Error.WriteLineAsync(
                "Usage: --url http://127.0.0.1:PORT --admin-user U --admin-password P [--host-pid PID] [--clients 16] [--seconds 20] [--coordinates true] [--intake-rate R]");
            return 2;
        }

        var clients = int.Parse(options.GetValueOrDefault("clients", "16"), CultureInfo.InvariantCulture);
        var duration = TimeSpan.FromSeconds(int.Parse(options.GetValueOrDefault("seconds", "20"), CultureInfo.InvariantCulture));
        var coordinates = bool.Parse(options.GetValueOrDefault("coordinates", "true"));
        var memory = new HostMemory(options.TryGetValue("host-pid", out var pid) ? int.Parse(pid, CultureInfo.InvariantCulture) : null);

        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30),
        };
        var (township, villages) = await PickTownshipAsync(http, user, password);
        Console.WriteLine($"Township {township}, {villages.Count} villages; {clients} clients, {duration.TotalSeconds} s per phase, coordinates {coordinates}");

        var random = new Random(2021);
        HttpRequestMessage Report(string path) => new(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(new
            {
                townshipId = township, villageId = villages[random.Next(villages.Count)], category = Categories[random.Next(Categories.Length)],
                description = "路边垃圾堆放，无人清理", address = "镇政府东侧路口", contactPhone = "13812345678",
                latitude = coordinates ? 28.6 + random.NextDouble() * 0.5 : (double?)null,
                longitude = coordinates ? 115.8 + random.NextDouble() * 0.5 : (double?)null,
            }),
        };
        var bare = new LoadPhase(http, () => Report("/api/enforcement/bare-reports"), memory);
        var intake = new LoadPhase(http, () => Report("/api/enforcement/reports"), memory);

        await bare.ClosedLoopAsync("warm-up", clients, TimeSpan.FromSeconds(3));
        await intake.ClosedLoopAsync("warm-up", clients, TimeSpan.FromSeconds(3));
        var bareFull = await bare.ClosedLoopAsync("bare endpoint, saturated", clients, duration);
        var intakeFull = await intake.ClosedLoopAsync("public intake, saturated", clients, duration);
        var bareHalf = await bare.OpenLoopAsync("bare endpoint, half its saturating rate", bareFull.RequestsPerSecond / 2, duration);
        var intakeHalf = options.TryGetValue("intake-rate", out var rate)
            ? await intake.OpenLoopAsync($"public intake, {rate} reports/s", double.Parse(rate, CultureInfo.InvariantCulture), duration)
            : await intake.OpenLoopAsync("public intake, half its saturating rate", intakeFull.RequestsPerSecond / 2, duration);

        Console.WriteLine();
        Console.WriteLine("| phase | requests/s | p50 ms | p99 ms | failed | host peak working set |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var phase in new[] { bareFull, intakeFull, bareHalf, intakeHalf })
        {
            var peak = phase.PeakWorkingSetBytes is { } bytes ? $"{bytes / (1024 * 1024)} MB" : "n/a";
            Console.WriteLine($"| {phase.Name} | {phase.RequestsPerSecond:0} | {phase.Percentile(50):0.0} | {phase.Percentile(99):0.0} | {phase.Failed} | {peak} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Intake throughput / bare: {intakeFull.RequestsPerSecond / bareFull.RequestsPerSecond:0.00} (target ≥ 0.5); " +
                          $"intake p99 at {intakeHalf.RequestsPerSecond:0} reports/s ({intakeHalf.Name}): {intakeHalf.Percentile(99):0.0} ms (target < 50 ms at half the saturating rate)");
        return 0;
    }

    private static async Task<(Guid Township, IReadOnlyList<Guid> Villages)> PickTownshipAsync(HttpClient http, string user, string password)
    {
        using var signIn = await http.PostAsJsonAsync("/api/auth/token", new { userName = user, password });
        signIn.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await signIn.Content.ReadAsStringAsync()).RootElement.GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/org/townships");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var townships = await http.SendAsync(request);
        townships.EnsureSuccessStatusCode();
        var township = JsonDocument.Parse(await townships.Content.ReadAsStringAsync()).RootElement.EnumerateArray().First().GetProperty("id").GetGuid();
        using var villageRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/org/townships/{township}/villages");
        villageRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var villages = await http.SendAsync(villageRequest);
        villages.EnsureSuccessStatusCode();
        var ids = JsonDocument.Parse(await villages.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(v => v.GetProperty("id").GetGuid()).ToList();
        return (township, ids);
    }
}
