using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using static CampaignPlatform.IntegrationTests.EnforcementApi;

namespace CampaignPlatform.IntegrationTests;

/// <summary>What one host issues or counts, the other honours: tokens, cookies, the intake's rate limit.</summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Postgres")]
public sealed class SharedStateBetweenHostsTests
{
    [Fact]
    public async Task A_token_and_a_cookie_from_one_host_are_accepted_by_the_other_and_the_intake_limit_counts_reports_to_both()
    {
        using var hosts = await TwoHosts.StartAsync(new Dictionary<string, string> { ["Enforcement:Intake:PermitsPerMinute"] = "2" });

        using var second = hosts.Second.AnonymousClient();
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await hosts.First.TokenAsync());
        var townships = await second.GetJson("/api/org/townships");
        Assert.True(townships.GetArrayLength() > 0);

        var cookies = new CookieContainer();
        using (var firstBrowser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = hosts.First.Address })
        {
            using var signIn = await firstBrowser.PostJson("/api/auth/sign-in",
                new { userName = PlatformFactory.AdminUserName, password = PlatformFactory.AdminPassword });
            Assert.True(signIn.IsSuccessStatusCode, await signIn.Content.ReadAsStringAsync());
        }

        // Same address, other port: the cookie is handed to the second host as a browser behind a balancer would.
        using var secondBrowser = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(hosts.Second.Address, "/api/org/townships"));
        request.Headers.Add("Cookie", cookies.GetCookieHeader(hosts.First.Address));
        using var withCookie = await secondBrowser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, withCookie.StatusCode);

        // The limit is per minute of the clock: start at the beginning of one so all three reports fall in it.
        if (DateTimeOffset.UtcNow.Second > 45)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - DateTimeOffset.UtcNow.Second));
        }

        var township = townships.EnumerateArray().First().GetProperty("id").GetGuid();
        using var citizenAtFirst = hosts.First.AnonymousClient();
        using var citizenAtSecond = hosts.Second.AnonymousClient();
        await Submit(citizenAtFirst, Report(township));
        await Submit(citizenAtSecond, Report(township, description: "第二件"));
        using var third = await citizenAtFirst.PostAsync("/api/enforcement/reports", Report(township, description: "第三件"));
        await third.AssertProblem(429);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After in seconds");
    }
}

/// <summary>Two hosts share the recurring checks and on-demand runs, and one finishes what the other dropped.</summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Postgres")]
public sealed class SharedWorkBetweenHostsTests
{
    private const string SlowSweep = "sample.slow-sweep";
    private const string MarkTownships = "sample.mark-townships";
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Watched = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_occurrence_runs_once_on_demand_runs_go_to_a_free_host_and_a_killed_hosts_job_is_finished_by_the_other()
    {
        using var hosts = await TwoHosts.StartAsync(new Dictionary<string, string>
        {
            [$"Checks:Schedules:{MarkTownships}"] = "*/5 * * * * *",
            ["Hangfire:WorkerCount"] = "1",
            ["Hangfire:InvisibilityTimeout"] = "00:00:10",
            ["Sample:SlowSweepSeconds"] = "15",
        });
        using var first = await hosts.First.AdminClientAsync();
        using var second = await hosts.Second.AdminClientAsync();

        // Once per occurrence: over 30 s of a check every 5 s, six runs at most; each host scheduling its own would make twelve.
        var since = DateTimeOffset.UtcNow;
        await Task.Delay(Watched);
        var scheduled = await ScheduledRuns(first, since, since + Watched);
        Assert.InRange(scheduled, 3, (int)(Watched / Period) + 1);

        // A slow run occupies the only worker of one host; a run asked of that same host is taken by the other, free one.
        var slowRun = await RunNow(first, SlowSweep);
        await Http.Eventually(() => Run(first, slowRun), r => r.GetProperty("outcome").GetString() == "Running", what: "the slow sweep starts");
        var busy = hosts.HostOf(ProcessingState(hosts, SlowSweep));
        var busyClient = busy == hosts.First ? first : second;
        var quickRun = await RunNow(busyClient, MarkTownships);
        var quick = await Http.Eventually(() => Run(busyClient, quickRun), r => r.GetProperty("outcome").GetString() is "Succeeded" or "Failed" or "Skipped",
            TimeSpan.FromSeconds(12), "the quick run finishes while the slow one still runs");
        Assert.Equal("Succeeded", quick.GetProperty("outcome").GetString());
        Assert.Equal("Running", (await Run(busyClient, slowRun)).GetProperty("outcome").GetString());

        // SIGKILL the host running the slow sweep: once its claim lapses the other host runs the job to its end.
        busy.Kill();
        var survivor = hosts.Both.Single(h => h != busy);
        var survivorClient = survivor == hosts.First ? first : second;
        var finished = await Http.Eventually(() => Run(survivorClient, slowRun), r => r.GetProperty("outcome").GetString() is "Succeeded" or "Failed" or "Skipped",
            TimeSpan.FromSeconds(90), "the killed host's slow sweep is finished by the other host");
        Assert.True(finished.GetProperty("outcome").GetString() == "Succeeded", $"{finished}\n--- survivor ---\n{survivor.Output}");
        var processedBy = hosts.Monitoring().JobDetails(JobOf(hosts, SlowSweep)).History
            .Where(s => s.StateName == "Processing").Select(hosts.HostOf).ToList();
        Assert.Equal([busy, survivor], processedBy.AsEnumerable().Reverse());
    }

    private static async Task<int> ScheduledRuns(HttpClient client, DateTimeOffset from, DateTimeOffset to) =>
        (await client.GetJson($"/api/checks/runs?checkId={MarkTownships}&take=100")).EnumerateArray()
            .Where(r => r.GetProperty("trigger").GetString() == "Schedule")
            .Select(r => r.GetProperty("queuedAt").GetDateTimeOffset())
            .Count(at => at >= from && at < to);

    private static async Task<Guid> RunNow(HttpClient client, string checkId)
    {
        using var queued = await client.PostAsync($"/api/checks/{checkId}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        return (await queued.ReadJson()).GetProperty("runId").GetGuid();
    }

    private static Task<JsonElement> Run(HttpClient client, Guid runId) => client.GetJson($"/api/checks/runs/{runId}");

    /// <summary>
    /// The Hangfire job that runs the given check on demand (its arguments name the check), succeeded, processing or failed.
    /// Looked for again for a while: the run's own record is written inside the job, so a test that has just seen the
    /// record finished may ask while Hangfire is still moving the job to its final state.
    /// </summary>
    private static string JobOf(TwoHosts hosts, string checkId)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var monitoring = hosts.Monitoring();
            var jobs = monitoring.SucceededJobs(0, 200).Select(j => (j.Key, j.Value.Job, State: "Succeeded"))
                .Concat(monitoring.ProcessingJobs(0, 200).Select(j => (j.Key, j.Value.Job, State: "Processing")))
                .Concat(monitoring.FailedJobs(0, 200).Select(j => (j.Key, j.Value.Job, State: "Failed")))
                .ToList();
            var found = jobs.FirstOrDefault(j => j.Job is not null && j.Job.Args.Count > 0 && Equals(j.Job.Args[0], checkId) && j.Job.Method.Name == "RunQueued");
            if (found.Key is not null)
            {
                return found.Key;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"No succeeded, processing or failed job runs {checkId}; the jobs seen: " +
                    string.Join(", ", jobs.Select(j => $"{j.Key} {j.State} {j.Job?.Method.Name}({(j.Job?.Args.Count > 0 ? j.Job.Args[0] : null)})")));
            }

            Thread.Sleep(500);
        }
    }

    private static Hangfire.Storage.Monitoring.StateHistoryDto ProcessingState(TwoHosts hosts, string checkId)
    {
        var jobId = JobOf(hosts, checkId);
        return hosts.Monitoring().JobDetails(jobId).History.First(s => s.StateName == "Processing");
    }
}
