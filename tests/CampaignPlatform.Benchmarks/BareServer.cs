using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CampaignPlatform.Benchmarks;

/// <summary>The emptiest ASP.NET Core app: one endpoint answering 200. The start-up benchmark's yardstick for the runtime and Kestrel alone.</summary>
public static class BareServer
{
    public const string Command = "bare-server";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => TypedResults.Ok("ok"));
        await app.RunAsync();
    }
}
