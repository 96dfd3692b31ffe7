using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Data;

internal sealed class RectificationDbContext(DbContextOptions<RectificationDbContext> options) : ModuleDbContext(options, "rectification")
{
    public DbSet<RectificationItem> Items => Set<RectificationItem>();
    public DbSet<ItemEvent> Events => Set<ItemEvent>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<CadenceGap> CadenceGaps => Set<CadenceGap>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RectificationItem>(e =>
        {
            e.ToTable("items");
            e.Ignore(i => i.Number);
            e.HasMany(i => i.History).WithOne().HasForeignKey(x => x.ItemId);
            e.HasIndex(i => new { i.SourceModule, i.SourceReference }).IsUnique();
            e.HasIndex(i => new { i.TownshipId, i.Status });
            e.HasIndex(i => new { i.VillageId, i.Status });
            e.HasIndex(i => new { i.Status, i.Deadline });
            e.HasIndex(i => i.ResponsibleUnitId);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.Property(i => i.Source).HasConversion<string>().HasMaxLength(24);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Severity).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Lookback).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.SourceModule).HasMaxLength(64);
            e.Property(i => i.SourceReference).HasMaxLength(200);
            e.Property(i => i.Category).HasMaxLength(64);
            e.Property(i => i.Description).HasMaxLength(2000);
            e.Property(i => i.Requirements).HasMaxLength(2000);
            e.Property(i => i.FixDescription).HasMaxLength(2000);
            e.Property(i => i.EvidenceNote).HasMaxLength(2000);
            e.Property(i => i.ReturnReason).HasMaxLength(1000);
            e.Property(i => i.ListedReason).HasMaxLength(500);
        });
        modelBuilder.Entity<ItemEvent>(e =>
        {
            e.ToTable("item_events");
            e.HasIndex(x => x.ItemId);
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.Actor).HasMaxLength(128);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.HasIndex(m => new { m.Kind, m.TownshipId, m.HeldOn });
            e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(m => m.Title).HasMaxLength(200);
            e.Property(m => m.Attendees).HasMaxLength(2000);
            e.Property(m => m.Notes).HasMaxLength(4000);
            e.OwnsMany(m => m.Decisions, d =>
            {
                d.ToTable("meeting_decisions");
                d.WithOwner().HasForeignKey("MeetingId");
                d.HasKey("MeetingId", nameof(MeetingDecision.Number));
                d.Property(x => x.Text).HasMaxLength(1000);
            });
        });
        modelBuilder.Entity<CadenceGap>(e =>
        {
            e.ToTable("cadence_gaps");
            e.HasIndex(g => new { g.Kind, g.TownshipId, g.DetectedOn }).IsUnique();
            e.Property(g => g.Kind).HasConversion<string>().HasMaxLength(24);
        });
    }
}
