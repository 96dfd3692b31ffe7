using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The built host as a real process (<c>dotnet CampaignPlatform.Host.dll</c>) on its own loopback port, with the Sample
/// test module as a plugin unless told of another plugins folder. Several of them on one PostgreSQL database stand for
/// hosts behind a balancer; without a connection string it keeps its data in SQLite files of its own.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>What the host printed, for the message of a failed assertion.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HostProcess> StartAsync(string? connectionString, string workDirectory, IDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = StartInfo(connectionString, workDirectory, Path.Combine(workDirectory, $"host-{port}"), address, settings, command: null);
        var process = Process.Start(start)!;
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilServingAsync();
        return host;
    }

    /// <summary>
    /// Runs the host with a command of its own (<c>--migrate-only</c>, <c>--migrations</c>) on the data directory
    /// <paramref name="dataDirectory"/> and waits for it to exit: its exit code and what it printed, standard output first.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunCommandAsync(
        string command, string? connectionString, string workDirectory, string dataDirectory, IDictionary<string, string>? settings = null)
    {
        var start = StartInfo(connectionString, workDirectory, dataDirectory, new Uri($"http://127.0.0.1:{FreePort()}"),
            settings ?? new Dictionary<string, string>(), command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static ProcessStartInfo StartInfo(string? connectionString, string workDirectory, string dataDirectory, Uri address,
        IDictionary<string, string> settings, string? command)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CampaignPlatform.Host.dll"));
        if (command is not null)
        {
            start.ArgumentList.Add(command);
        }

        var all = new Dictionary<string, string>
        {
            ["urls"] = address.ToString(),
            ["environment"] = "Testing",
            ["Storage:DataDirectory"] = dataDirectory,
            ["Auth:BootstrapAdmin:UserName"] = PlatformFactory.AdminUserName,
            ["Auth:BootstrapAdmin:Password"] = PlatformFactory.AdminPassword,
        };
        if (connectionString is not null)
        {
            all["Database:Provider"] = "Postgres";
            all["ConnectionStrings:Campaign"] = connectionString;
        }

        if (!settings.ContainsKey("Modules:PluginsDirectory"))
        {
            all["Modules:PluginsDirectory"] = SamplePlugin(workDirectory);
        }

        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        return start;
    }

    /// <summary>A client of this host signed in with a bearer token of the bootstrap administrator.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var client = AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        return client;
    }

    public HttpClient AnonymousClient() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string> TokenAsync()
    {
        using var client = AnonymousClient();
        using var response = await client.PostAsJsonAsync("/api/auth/token",
            new { userName = PlatformFactory.AdminUserName, password = PlatformFactory.AdminPassword });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"token from {Address}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>SIGKILL: no shutdown, no chance to hand its job back.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = AnonymousClient();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, $"the host at {Address} stopped while starting:\n{Output}");
            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the host at {Address} did not start in time:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The Sample test module laid out as the host's plugin folder expects (its dll beside its deps.json).</summary>
    private static string SamplePlugin(string workDirectory)
    {
        var plugins = Path.Combine(workDirectory, "plugins");
        var sample = Path.Combine(plugins, "sample");
        Directory.CreateDirectory(sample);
        foreach (var file in new[] { "CampaignPlatform.TestModules.Sample.dll", "CampaignPlatform.TestModules.Sample.deps.json" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(sample, file), overwrite: true);
        }

        return plugins;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
