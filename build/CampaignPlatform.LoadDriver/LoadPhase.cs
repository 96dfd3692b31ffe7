using System.Diagnostics;
using System.Net;

namespace CampaignPlatform.LoadDriver;

/// <summary>What one phase of load measured: answers by outcome, latencies of the good ones, and the host's peak memory.</summary>
public sealed record PhaseResult(string Name, TimeSpan Duration, int Succeeded, int Failed, IReadOnlyList<double> LatenciesMs, long? PeakWorkingSetBytes)
{
    public double RequestsPerSecond => Succeeded / Duration.TotalSeconds;

    public double Percentile(double p)
    {
        if (LatenciesMs.Count == 0)
        {
            return double.NaN;
        }

        var sorted = LatenciesMs.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }
}

/// <summary>
/// Two ways to load an endpoint: closed loop (a fixed number of clients, each sending its next request when the last is
/// answered: the saturating rate) and open loop (requests started at a fixed rate whatever the answers: latency at a
/// chosen load, without the closed loop's coordinated omission).
/// </summary>
public sealed class LoadPhase(HttpClient client, Func<HttpRequestMessage> newRequest, HostMemory memory)
{
    public async Task<PhaseResult> ClosedLoopAsync(string name, int clients, TimeSpan duration)
    {
        memory.ResetPeak();
        var latencies = new List<double>[clients];
        var failed = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            latencies[i] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var (ok, ms) = await SendAsync();
                if (ok)
                {
                    latencies[i].Add(ms);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        return new PhaseResult(name, Stopwatch.GetElapsedTime(started), all.Count, failed, all, memory.Peak());
    }

    public async Task<PhaseResult> OpenLoopAsync(string name, double perSecond, TimeSpan duration)
    {
        memory.ResetPeak();
        var count = (int)(perSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var started = Stopwatch.GetTimestamp();
        var sends = new List<Task<(bool Ok, double Ms)>>(count);
        for (var n = 0; n < count; n++)
        {
            var due = started + (long)(n * interval.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            sends.Add(SendAsync());
        }

        var results = await Task.WhenAll(sends);
        var good = results.Where(r => r.Ok).Select(r => r.Ms).ToList();
        return new PhaseResult(name, Stopwatch.GetElapsedTime(started), good.Count, results.Length - good.Count, good, memory.Peak());
    }

    private async Task<(bool Ok, double Ms)> SendAsync()
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var request = newRequest();
            using var response = await client.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return (response.StatusCode == HttpStatusCode.Created, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (false, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (TaskCanceledException)
        {
            return (false, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
