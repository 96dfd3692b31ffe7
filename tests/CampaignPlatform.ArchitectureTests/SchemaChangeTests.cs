using System.Text.RegularExpressions;

namespace CampaignPlatform.ArchitectureTests;

/// <summary>
/// Tables are made and changed by migrations only (each module's <c>Migrations/Sqlite</c> and <c>Migrations/Postgres</c>),
/// so that every change is versioned, recorded in the module's history and applied once: no product code runs DDL of
/// its own or asks EF Core to make tables from the model.
/// </summary>
public sealed partial class SchemaChangeTests
{
    /// <summary>The files allowed DDL, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // The stamp of a completed preparation is read before any migration runs, to decide whether they need to: it
        // is bookkeeping of the host's start, like the migration histories themselves.
        ["src/CampaignPlatform.Host/Storage/PreparedStamp.cs"] = "the preparation stamp",
        // The benchmarks' city generator drops a table's indices for a bulk load and makes them again from their own
        // definitions, as the migrations made them: the schema it leaves is the one it found.
        ["build/CampaignPlatform.Generator/SqliteBulkLoad.cs"] = "indices around a bulk load",
    };

    [Fact]
    public void Nothing_outside_migrations_creates_or_alters_a_table()
    {
        var offending = new[] { "src", "modules", "build" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*.cs", SearchOption.AllDirectories))
            .Select(file => Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/'))
            .Where(file => !file.Contains("/bin/", StringComparison.Ordinal) && !file.Contains("/obj/", StringComparison.Ordinal)
                           && !file.Contains("/Migrations/Sqlite/", StringComparison.Ordinal)
                           && !file.Contains("/Migrations/Postgres/", StringComparison.Ordinal)
                           && !Allowed.ContainsKey(file))
            .SelectMany(file => File.ReadLines(Path.Combine(RepositoryRoot.Path, file))
                .Select((line, index) => (file, number: index + 1, line))
                .Where(l => SchemaChange().IsMatch(l.line)))
            .Select(l => $"{l.file}:{l.number}: {l.line.Trim()}")
            .ToList();
        Assert.True(offending.Count == 0, "DDL outside migrations (add a migration with ./build/add-migration.sh):\n" + string.Join("\n", offending));
    }

    [Fact]
    public void The_check_finds_what_it_looks_for()
    {
        Assert.Matches(SchemaChange(), "command.CommandText = \"ALTER TABLE hygiene_sites ADD COLUMN x\";");
        Assert.Matches(SchemaChange(), "await creator.CreateTablesAsync(ct);");
        Assert.Matches(SchemaChange(), "context.Database.EnsureCreated();");
        Assert.DoesNotMatch(SchemaChange(), "// the tables a module gained are made by its migrations");
    }

    [GeneratedRegex(@"\b(CREATE\s+(UNIQUE\s+)?(TABLE|INDEX)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX|COLUMN)|EnsureCreated(Async)?|CreateTables(Async)?|GenerateCreateScript)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SchemaChange();
}
