using System.Net;
using System.Text.Json;

namespace CampaignPlatform.Testing;

/// <summary>Runs a recurring check on demand through the API and waits for its recorded outcome.</summary>
public static class Checks
{
    public static async Task<JsonElement> RunAndWait(HttpClient client, string checkId)
    {
        using var queued = await client.PostAsync($"/api/checks/{checkId}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var runId = (await queued.ReadJson()).GetProperty("runId").GetGuid();
        var run = await Http.Eventually(
            () => client.GetJson($"/api/checks/runs/{runId}"),
            r => r.GetProperty("outcome").GetString() is not ("Queued" or "Running"),
            what: $"run {runId} of {checkId} finishes");
        Assert.True(run.GetProperty("outcome").GetString() == "Succeeded", run.ToString());
        return run;
    }
}
