using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// A check run that fails is tried again with back-off (here 1 s, then 2 s) as the same run; each failed attempt, with
/// its error, is kept and shown on the runs page; the run ends Succeeded once an attempt succeeds.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CheckRetryTests : IDisposable
{
    private readonly PlatformFactory _factory = new(settings: new Dictionary<string, string?>
    {
        ["Checks:RetryDelays"] = "00:00:01, 00:00:02",
        ["Sample:SlowSweepFailures"] = "2",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_failing_run_is_retried_with_back_off_and_its_failed_attempts_are_shown_on_the_runs_page()
    {
        using var admin = _factory.CreateClient();
        using var queued = await admin.PostAsync("/api/checks/sample.slow-sweep/run", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var runId = (await queued.ReadJson()).GetProperty("runId").GetGuid();

        var retrying = await Http.Eventually(() => admin.GetJson($"/api/checks/runs/{runId}"),
            r => r.GetProperty("outcome").GetString() == "Retrying", what: "the first attempt fails and a retry is scheduled");
        Assert.Contains("sweep attempt 1 lost its database", retrying.GetProperty("error").GetString(), StringComparison.Ordinal);

        var run = await Http.Eventually(() => admin.GetJson($"/api/checks/runs/{runId}"),
            r => r.GetProperty("outcome").GetString() is "Succeeded" or "Failed", within: TimeSpan.FromSeconds(60), what: "the retries end");
        Assert.True(run.GetProperty("outcome").GetString() == "Succeeded", run.ToString());
        Assert.Equal(3, run.GetProperty("attempts").GetInt32());
        var failures = run.GetProperty("failures").Items().ToList();
        Assert.Equal([1, 2], failures.Select(f => f.GetProperty("attempt").GetInt32()));
        Assert.Equal("sweep attempt 2 lost its database", failures[1].GetProperty("error").GetString());
        // Back-off: the second attempt came at least the first delay after the first failure.
        var started = run.GetProperty("queuedAt").GetDateTimeOffset();
        Assert.True(failures[1].GetProperty("failedAt").GetDateTimeOffset() - failures[0].GetProperty("failedAt").GetDateTimeOffset() >= TimeSpan.FromSeconds(1));
        Assert.True(run.GetProperty("finishedAt").GetDateTimeOffset() > started);

        using var browser = await _factory.SignedIn("demo-admin");
        var page = await browser.ReadPage("/checks/runs?checkId=sample.slow-sweep");
        Assert.Contains("第 1 次", page, StringComparison.Ordinal);
        Assert.Contains("sweep attempt 1 lost its database", page, StringComparison.Ordinal);
        Assert.Contains("sweep attempt 2 lost its database", page, StringComparison.Ordinal);
    }
}
