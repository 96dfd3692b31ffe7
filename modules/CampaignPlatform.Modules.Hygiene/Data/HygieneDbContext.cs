using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Data;

internal sealed class HygieneDbContext(DbContextOptions<HygieneDbContext> options) : ModuleDbContext(options, "hygiene")
{
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<FacilityCheck> FacilityChecks => Set<FacilityCheck>();
    public DbSet<DisinfectionEntry> Disinfections => Set<DisinfectionEntry>();
    public DbSet<DisinfectionDay> DisinfectionDays => Set<DisinfectionDay>();
    public DbSet<DisinfectionDayTally> DisinfectionDayTallies => Set<DisinfectionDayTally>();
    public DbSet<DisinfectionMonthTally> DisinfectionMonthTallies => Set<DisinfectionMonthTally>();
    public DbSet<LatestFacilityCheck> LatestFacilityChecks => Set<LatestFacilityCheck>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Site>(e =>
        {
            e.ToTable("sites");
            e.HasIndex(s => new { s.TownshipId, s.Category });
            // Every column the scorecard's count of sites reads (SiteGroups), so SQLite finds a township's sites without
            // visiting their rows, which the names and addresses make wide.
            e.HasIndex(s => new { s.TownshipId, s.CreatedAt, s.RetiredOn, s.Id });
            e.Property(s => s.Category).HasConversion<string>().HasMaxLength(16);
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.Address).HasMaxLength(500);
            e.Property(s => s.CreatedBy).HasMaxLength(128);
            e.Property(s => s.RetiredReason).HasMaxLength(500);
            e.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<FacilityCheck>(e =>
        {
            e.ToTable("facility_checks");
            e.HasIndex(c => new { c.SiteId, c.CheckedOn });
            e.HasIndex(c => new { c.TownshipId, c.CheckedOn });
            e.Property(c => c.Checker).HasMaxLength(128);
        });
        modelBuilder.Entity<LatestFacilityCheck>(e =>
        {
            e.ToTable("latest_facility_checks");
            e.HasKey(l => l.SiteId);
        });
        modelBuilder.Entity<DisinfectionEntry>(e =>
        {
            e.ToTable("disinfections");
            e.HasIndex(d => new { d.SiteId, d.At }).IsUnique();
            e.HasIndex(d => new { d.TownshipId, d.At });
            e.Property(d => d.Disinfectant).HasMaxLength(200);
            e.Property(d => d.Operator).HasMaxLength(128);
            e.Property(d => d.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<DisinfectionDay>(e =>
        {
            e.ToTable("disinfection_days");
            e.HasKey(d => new { d.SiteId, d.Day });
        });
        modelBuilder.Entity<DisinfectionDayTally>(e =>
        {
            e.ToTable("disinfection_day_tallies");
            // Day first: a card reads the few days of the months its period covers in part, for one township or all.
            e.HasKey(t => new { t.Day, t.TownshipId, t.Category, t.Entries });
            e.Property(t => t.Category).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<DisinfectionMonthTally>(e =>
        {
            e.ToTable("disinfection_month_tallies");
            e.HasKey(t => new { t.Month, t.TownshipId, t.Category, t.Entries });
            e.Property(t => t.Category).HasConversion<string>().HasMaxLength(16);
        });
    }
}
