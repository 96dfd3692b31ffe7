using CampaignPlatform.Generator;
using CampaignPlatform.Kernel.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.UnitTests.Generator;

/// <summary>The generator's bulk writer stores values the way the module's own model reads them, and refuses to write half a row.</summary>
public sealed class BulkTableTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly RowsContext _context;

    public BulkTableTests()
    {
        _connection.Open();
        _context = new RowsContext(new DbContextOptionsBuilder<RowsContext>().UseSqlite(_connection).Options);
        _context.Database.EnsureCreated();
    }

    public void Dispose()
    {
        _context.Dispose();
        _connection.Dispose();
    }

    [Fact]
    public async Task Rows_written_in_bulk_read_back_through_the_model_unchanged()
    {
        var at = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));
        var id = Guid.NewGuid();
        var written = await BulkTable.WriteAsync(_context, nameof(Row), ["Key", "Name", "Kind", "At", "On", "Amount", "Note"],
        [
            [id, "东关集市", "Market", at, new DateOnly(2026, 3, 1), 12.5m, null],
            [Guid.NewGuid(), "实验小学", "School", at.AddDays(1), new DateOnly(2026, 3, 2), 3m, "二楼"],
        ]);

        Assert.Equal(2, written);
        var rows = await _context.Rows.AsNoTracking().OrderBy(r => r.At).ToListAsync();
        Assert.Equal([1L, 2L], rows.Select(r => r.Id).Order());
        var first = rows[0];
        Assert.Equal((id, "东关集市", RowKind.Market, at, new DateOnly(2026, 3, 1), 12.5m, (string?)null),
            (first.Key, first.Name, first.Kind, first.At, first.On, first.Amount, first.Note));
        Assert.Equal(1, await _context.Rows.CountAsync(r => r.Key == id && r.Kind == RowKind.Market && r.At < at.AddHours(1)));
    }

    [Fact]
    public async Task Rows_written_in_bulk_are_stored_exactly_as_the_model_stores_them()
    {
        var at = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));
        var key = Guid.NewGuid();
        _context.Rows.Add(new Row { Key = key, Name = "东关集市", Kind = RowKind.School, At = at, On = new DateOnly(2026, 3, 1), Amount = 12.25m, Note = null });
        await _context.SaveChangesAsync();
        await BulkTable.WriteAsync(_context, nameof(Row), ["Key", "Name", "Kind", "At", "On", "Amount", "Note"],
            [[key, "东关集市", RowKind.School, at, new DateOnly(2026, 3, 1), 12.25m, null]]);

        var stored = await StoredForms();
        Assert.Equal(2, stored.Count);
        Assert.Equal(stored[0], stored[1]);
    }

    [Fact]
    public async Task A_bulk_load_leaves_the_tables_schema_as_it_was()
    {
        var before = await Schema();
        Assert.Contains(before, definition => definition.Contains("INDEX", StringComparison.Ordinal));

        await BulkTable.WriteAsync(_context, nameof(Row), ["Key", "Name", "Kind", "At", "On", "Amount"],
            Enumerable.Range(0, 1000).Select(i => new object?[] { Guid.NewGuid(), $"场所{i}", "Market", DateTimeOffset.UtcNow, new DateOnly(2026, 3, 1), (decimal)i }));

        Assert.Equal(before, await Schema());
        Assert.Equal(1000, await _context.Rows.CountAsync());
    }

    [Fact]
    public async Task A_required_column_left_out_stops_the_write_with_its_name()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            BulkTable.WriteAsync(_context, nameof(Row), ["Key", "Kind", "At", "On", "Amount"], [[Guid.NewGuid(), "Market", DateTimeOffset.UtcNow, new DateOnly(2026, 3, 1), 1m]]));

        Assert.Contains("Name", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await _context.Rows.CountAsync());
    }

    /// <summary>Every column of every row by its stored type and SQL literal, in the order of the rows.</summary>
    private async Task<List<string>> StoredForms()
    {
        var columns = new[] { "Key", "Name", "Kind", "At", "On", "Amount", "Note" };
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"typeof(\"{c}\") || ':' || quote(\"{c}\")"))} FROM bulk_rows ORDER BY \"Id\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private async Task<List<string>> Schema()
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name";
        var definitions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            definitions.Add(reader.GetString(0));
        }

        return definitions;
    }

    public enum RowKind
    {
        Market,
        School,
    }

    public sealed class Row
    {
        public long Id { get; set; }
        public Guid Key { get; set; }
        public required string Name { get; set; }
        public RowKind Kind { get; set; }
        public DateTimeOffset At { get; set; }
        public DateOnly On { get; set; }
        public decimal Amount { get; set; }
        public string? Note { get; set; }
    }

    /// <summary>A module-like context: the kernel's base gives it the table prefix and the stored forms every module has.</summary>
    private sealed class RowsContext(DbContextOptions<RowsContext> options) : ModuleDbContext(options, "bulk")
    {
        public DbSet<Row> Rows => Set<Row>();

        protected override void ConfigureModel(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Row>(e =>
            {
                e.ToTable("rows");
                e.Property(r => r.Kind).HasConversion<string>();
                e.HasIndex(r => new { r.Kind, r.At });
                e.HasIndex(r => r.Note).IsUnique();
            });
    }
}
