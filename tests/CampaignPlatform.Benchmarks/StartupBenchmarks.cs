using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace CampaignPlatform.Benchmarks;

/// <summary>
/// Host start to first 200, on SQLite with every module: a fresh process of the built host (<c>dotnet
/// CampaignPlatform.Host.dll</c>) on a data directory that already holds the demo city (the first start, which seeds it, is
/// not measured), polled on <c>/health</c> until it answers 200 (which needs the database and Hangfire's storage).
/// Baseline: the same for an empty ASP.NET Core app (<see cref="BareServer"/>). Each process is stopped after its answer.
/// The host is measured twice: as built (JIT-compiled at every start) and as <c>build/run.sh</c> publishes it, self-contained
/// and ReadyToRun composite (<c>dotnet</c> starts a self-contained app on its own runtime).
/// </summary>
[Config(typeof(ScaleConfig))]
public class StartupBenchmarks
{
    private string _dataDirectory = null!;
    private string _hostAssembly = null!;
    private string _publishedHostAssembly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _hostAssembly = FindInRepository(Path.Combine("src", "CampaignPlatform.Host", "bin", "Release", "net10.0"),
            "Build the host first: dotnet build -c Release (src/CampaignPlatform.Host/bin/Release/net10.0).");
        _publishedHostAssembly = FindInRepository(Path.Combine("artifacts", "host"),
            "Publish the host first, as build/run.sh does: dotnet publish src/CampaignPlatform.Host -c Release --use-current-runtime "
            + "--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o artifacts/host");
        _dataDirectory = Path.Combine(Path.GetTempPath(), "campaign-bench", "startup-" + Guid.NewGuid().ToString("N"));
        StartAndWait(_hostAssembly, "/health", $"--Storage:DataDirectory={_dataDirectory}"); // seeds the demo city
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dataDirectory, recursive: true);

    [Benchmark(Baseline = true, Description = "bare ASP.NET Core app")]
    public TimeSpan Bare() => StartAndWait(typeof(BareServer).Assembly.Location, "/", BareServer.Command);

    [Benchmark(Description = "CampaignPlatform host, SQLite, all modules")]
    public TimeSpan Host() => StartAndWait(_hostAssembly, "/health", $"--Storage:DataDirectory={_dataDirectory}");

    [Benchmark(Description = "CampaignPlatform host published ReadyToRun composite (build/run.sh), SQLite, all modules")]
    public TimeSpan PublishedHost() => StartAndWait(_publishedHostAssembly, "/health", $"--Storage:DataDirectory={_dataDirectory}");

    private static TimeSpan StartAndWait(string assembly, string path, string argument)
    {
        var port = FreePort();
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { assembly, argument, $"--urls=http://127.0.0.1:{port}" },
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Logging__LogLevel__Default"] = "Warning" },
        })!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"{Path.GetFileName(assembly)} exited with {process.ExitCode} before answering.");
                }

                try
                {
                    using var response = client.GetAsync($"http://127.0.0.1:{port}{path}").GetAwaiter().GetResult();
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        return Stopwatch.GetElapsedTime(started);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or still preparing its storage.
                }

                if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(2))
                {
                    throw new TimeoutException($"{Path.GetFileName(assembly)} did not answer 200 on {path} within two minutes.");
                }

                Thread.Sleep(10);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The host's assembly in <paramref name="folder"/> of this repository, with its own runtime configuration and dependencies.</summary>
    private static string FindInRepository(string folder, string missing)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, folder, "CampaignPlatform.Host.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(missing);
    }
}
