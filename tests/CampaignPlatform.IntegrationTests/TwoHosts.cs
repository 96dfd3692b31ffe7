using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Two real host processes on one fresh PostgreSQL database (always PostgreSQL, whatever the suite's provider: sharing
/// work between hosts needs it). Started one after the other's start-up has begun, so they also race to prepare the
/// database. Disposing kills both and drops the database.
/// </summary>
public sealed class TwoHosts : IDisposable
{
    private readonly string _workDirectory;

    private TwoHosts(string workDirectory, string connectionString, HostProcess first, HostProcess second)
    {
        _workDirectory = workDirectory;
        ConnectionString = connectionString;
        First = first;
        Second = second;
    }

    public HostProcess First { get; }

    public HostProcess Second { get; }

    public string ConnectionString { get; }

    public IEnumerable<HostProcess> Both => [First, Second];

    public static async Task<TwoHosts> StartAsync(IDictionary<string, string> settings)
    {
        var workDirectory = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(workDirectory);
        var connectionString = TestDatabase.ConnectionStringFor(workDirectory);
        var starting = new[] { HostProcess.StartAsync(connectionString, workDirectory, settings), HostProcess.StartAsync(connectionString, workDirectory, settings) };
        try
        {
            var hosts = await Task.WhenAll(starting);
            return new TwoHosts(workDirectory, connectionString, hosts[0], hosts[1]);
        }
        catch
        {
            foreach (var host in starting.Where(t => t.IsCompletedSuccessfully))
            {
                host.Result.Dispose();
            }

            TestDatabase.Drop(workDirectory, forcePostgres: true);
            throw;
        }
    }

    /// <summary>Hangfire's view of the shared storage, read the way its dashboard reads it.</summary>
    public IMonitoringApi Monitoring() =>
        new PostgreSqlStorage(
                new NpgsqlConnectionFactory(ConnectionString, new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = false }),
                new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = false })
            .GetMonitoringApi();

    /// <summary>The host whose Hangfire server is named after the process that ran or runs a job (ServerId is "machine:pid:…").</summary>
    public HostProcess HostOf(StateHistoryDto processing)
    {
        var serverId = processing.Data["ServerId"];
        return Both.Single(h => serverId.Contains($":{h.ProcessId}:", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        foreach (var host in Both)
        {
            host.Dispose();
        }

        PlatformFactory.DeleteData(_workDirectory, forcePostgres: true);
    }
}
