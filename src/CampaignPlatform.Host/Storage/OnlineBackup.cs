using System.Globalization;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using Microsoft.Data.Sqlite;

namespace CampaignPlatform.Host.Storage;

/// <summary>One file of a backup: its path inside the backup folder, its size, and for a database its integrity check.</summary>
public sealed record BackedUpFile(string Name, long Bytes, string? IntegrityCheck);

/// <summary>A backup taken: the folder under the data directory that holds it, when, and what is in it.</summary>
public sealed record BackupDto(string Folder, DateTimeOffset TakenAt, IReadOnlyList<BackedUpFile> Files);

/// <summary>
/// An online backup of the embedded storage while the host keeps serving: every SQLite database of the data directory
/// (the platform's and Hangfire's) copied page by page with SQLite's backup API, which reads one consistent snapshot
/// however many writes go on meanwhile, and the data-protection key ring (sign-in cookies and tokens stay valid after a
/// restore). Each copy is checked with <c>PRAGMA integrity_check</c>. Restoring is copying the folder back as the data
/// directory of a stopped host. On PostgreSQL the database is the server's to back up (pg_dump): refused with 409.
/// </summary>
public sealed class OnlineBackup(StorageSettings settings, TimeProvider clock, ILogger<OnlineBackup> logger)
{
    public const string FolderName = "backups";
    public const string KeysFolderName = "keys";

    /// <summary>Two backups at once would only compete for the disk.</summary>
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task<BackupDto> TakeAsync(CancellationToken ct)
    {
        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            throw new ConflictException(
                "数据保存在 PostgreSQL 中，请用 pg_dump / pg_restore 备份和恢复。The data is in PostgreSQL: back it up with pg_dump and restore it with pg_restore.")
                .With("provider", settings.Provider.ToString());
        }

        await OneAtATime.WaitAsync(ct);
        try
        {
            var takenAt = clock.GetUtcNow();
            var folder = NewFolder(takenAt);
            var files = new List<BackedUpFile>();
            foreach (var database in Directory.GetFiles(settings.DataDirectory, "*.db").Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(folder, Path.GetFileName(database));
                await CopyDatabaseAsync(database, target, ct);
                files.Add(new BackedUpFile(Path.GetFileName(database), new FileInfo(target).Length, IntegrityOf(target)));
            }

            files.AddRange(CopyKeys(folder));
            logger.LogInformation("Backup taken into {Folder}: {Files}", folder, string.Join(", ", files.Select(f => f.Name)));
            return new BackupDto(Path.GetRelativePath(settings.DataDirectory, folder), takenAt, files);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    /// <summary>backups/20261129T155800.123Z, with a suffix should two backups share a millisecond.</summary>
    private string NewFolder(DateTimeOffset takenAt)
    {
        var stamp = takenAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'.'fff'Z'", CultureInfo.InvariantCulture);
        var folder = Path.Combine(settings.DataDirectory, FolderName, stamp);
        for (var n = 2; Directory.Exists(folder); n++)
        {
            folder = Path.Combine(settings.DataDirectory, FolderName, $"{stamp}-{n}");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task CopyDatabaseAsync(string source, string target, CancellationToken ct)
    {
        // A writer holding the file's lock at the very moment the copy starts makes it answer "busy": wait and try again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var from = Open(source, SqliteOpenMode.ReadWrite);
                using var to = Open(target, SqliteOpenMode.ReadWriteCreate);
                from.BackupDatabase(to);
                return;
            }
            catch (SqliteException busy) when (busy.SqliteErrorCode is 5 or 6 && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), ct);
            }
        }
    }

    private static string IntegrityOf(string database)
    {
        using var connection = Open(database, SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }

    private IEnumerable<BackedUpFile> CopyKeys(string folder)
    {
        var keys = Path.Combine(settings.DataDirectory, KeysFolderName);
        if (!Directory.Exists(keys))
        {
            yield break;
        }

        var target = Directory.CreateDirectory(Path.Combine(folder, KeysFolderName));
        foreach (var key in Directory.GetFiles(keys).Order(StringComparer.Ordinal))
        {
            var copy = Path.Combine(target.FullName, Path.GetFileName(key));
            File.Copy(key, copy);
            yield return new BackedUpFile($"{KeysFolderName}/{Path.GetFileName(key)}", new FileInfo(copy).Length, IntegrityCheck: null);
        }
    }

    /// <summary>Unpooled, so that the copy's file is closed (and complete) when the backup returns.</summary>
    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        using var wait = connection.CreateCommand();
        wait.CommandText = "PRAGMA busy_timeout = 10000";
        wait.ExecuteNonQuery();
        return connection;
    }
}
