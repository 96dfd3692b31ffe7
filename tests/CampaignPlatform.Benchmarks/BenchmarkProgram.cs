using BenchmarkDotNet.Running;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/CampaignPlatform.Benchmarks -- --filter '*Pipeline*'</c> (any BenchmarkDotNet
/// arguments). <c>bare-server --urls http://127.0.0.1:PORT</c> runs the empty web app the start-up benchmark compares with.
/// </summary>
public static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == BareServer.Command)
        {
            await BareServer.RunAsync(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
