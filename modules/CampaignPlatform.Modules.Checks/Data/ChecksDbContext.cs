using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Checks.Data;

internal sealed class ChecksDbContext(DbContextOptions<ChecksDbContext> options) : ModuleDbContext(options, Storage)
{
    public const string Storage = "checks";

    public const string RunsTable = "runs";

    /// <summary>The runs' table on SQLite (prefixed as <see cref="ModuleDbContext"/> maps it), for plain looks at start-up.</summary>
    public const string SqliteRunsTable = Storage + "_" + RunsTable;

    public DbSet<CheckRun> Runs => Set<CheckRun>();

    public DbSet<CheckRunFailure> Failures => Set<CheckRunFailure>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CheckRunFailure>(e =>
        {
            e.ToTable("run_failures");
            e.HasIndex(f => new { f.RunId, f.Attempt }).IsUnique();
            e.Property(f => f.Error).HasMaxLength(4000);
        });
        modelBuilder.Entity<CheckRun>(e =>
        {
            e.ToTable(RunsTable);
            e.HasIndex(r => new { r.CheckId, r.QueuedAt });
            e.HasIndex(r => r.JobId);
            e.Property(r => r.CheckId).HasMaxLength(128);
            e.Property(r => r.ModuleId).HasMaxLength(64);
            e.Property(r => r.RequestedBy).HasMaxLength(128);
            e.Property(r => r.JobId).HasMaxLength(64);
            e.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Summary).HasMaxLength(1000);
            e.Property(r => r.Error).HasMaxLength(4000);
        });
    }
}
