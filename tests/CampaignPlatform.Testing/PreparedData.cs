using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.Testing;

/// <summary>
/// The demo city as a start leaves it, prepared once per test run for each clock and settings that tests start hosts
/// with, and copied for every host that asks for it: a SQLite data directory is copied file by file, a PostgreSQL database
/// is made with <c>CREATE DATABASE … TEMPLATE</c>. The copy carries the preparing host's stamp, so the host under test
/// finds its data prepared and skips the migrations and the demo seed, as a restarted host would; everything that runs
/// at every start still runs. Hangfire's jobs are not copied: each host starts with an empty queue.
/// </summary>
public static class PreparedData
{
    private static readonly ConcurrentDictionary<string, Lazy<string?>> Prepared = new();
    // The process and when it started (seconds since boot): a template name says whose it is and fits PostgreSQL's 63 characters.
    private static readonly string Owner = $"{Environment.ProcessId}_{Environment.TickCount64 / 1000:x}";
    private static int _cleanupRegistered;

    /// <summary>
    /// Fills <paramref name="dataDirectory"/> (not yet made) with the prepared demo city for this clock and these
    /// settings. Where it cannot be prepared (a start with these settings fails) it leaves the directory alone: the host
    /// then prepares its own data and the test sees its failure.
    /// </summary>
    public static void CopyInto(string dataDirectory, FakeTimeProvider? clock, IDictionary<string, string?> settings)
    {
        var at = clock?.GetUtcNow();
        var key = KeyOf(at, settings);
        var template = Prepared.GetOrAdd(key, k => new Lazy<string?>(() => Prepare(k, at, settings))).Value;
        if (template is null)
        {
            return;
        }

        if (TestDatabase.IsPostgres)
        {
            TestDatabase.CreateFrom(template, dataDirectory);
            Directory.CreateDirectory(dataDirectory);
        }
        else
        {
            CopyDirectory(template, dataDirectory);
        }
    }

    private static string KeyOf(DateTimeOffset? at, IDictionary<string, string?> settings)
    {
        var text = new StringBuilder(at?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "system clock");
        foreach (var (name, value) in settings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12];
    }

    /// <summary>Starts a host once on a directory (and database) of its own and stops it: that data is the template.</summary>
    private static string? Prepare(string key, DateTimeOffset? at, IDictionary<string, string?> settings)
    {
        RegisterCleanup();
        var template = Path.Combine(Path.GetTempPath(), "campaign-tests", $"prepared_{Owner}_{key}");
        try
        {
            using (var factory = new PlatformFactory(at is { } time ? new FakeTimeProvider(time) : null,
                       new Dictionary<string, string?>(settings), template))
            {
                _ = factory.Server;
            }

            TestDatabase.CloseConnections();
            if (TestDatabase.IsPostgres)
            {
                TestDatabase.EmptyHangfire(template);
            }
            else
            {
                foreach (var jobs in Directory.GetFiles(template, "hangfire.db*"))
                {
                    File.Delete(jobs);
                }
            }

            return template;
        }
        catch (Exception)
        {
            PlatformFactory.DeleteData(template);
            return null;
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    /// <summary>Templates go with the run that made them; those of runs that were killed go with the next run.</summary>
    private static void RegisterCleanup()
    {
        if (Interlocked.Exchange(ref _cleanupRegistered, 1) == 1)
        {
            return;
        }

        RemoveTemplates(owner => !IsRunning(owner));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RemoveTemplates(owner => owner == Owner);
    }

    private static void RemoveTemplates(Func<string, bool> of)
    {
        var root = Path.Combine(Path.GetTempPath(), "campaign-tests");
        var templates = Directory.Exists(root) ? Directory.GetDirectories(root, "prepared_*") : [];
        foreach (var template in templates)
        {
            var parts = Path.GetFileName(template).Split('_');
            if (parts.Length == 4 && of($"{parts[1]}_{parts[2]}"))
            {
                PlatformFactory.DeleteData(template);
            }
        }

        if (TestDatabase.IsPostgres)
        {
            TestDatabase.DropDatabases("campaign_test_prepared", name => name.Split('_') is { Length: 6 } parts && of($"{parts[3]}_{parts[4]}"));
        }
    }

    private static bool IsRunning(string owner)
    {
        if (!int.TryParse(owner.Split('_')[0], CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
