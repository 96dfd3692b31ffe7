using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.RuralUpkeep.Demonstrations;
using CampaignPlatform.Modules.RuralUpkeep.Points;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Data;

internal sealed class RuralUpkeepDbContext(DbContextOptions<RuralUpkeepDbContext> options) : ModuleDbContext(options, "rural_upkeep")
{
    public DbSet<FiveHave> FiveHaves => Set<FiveHave>();
    public DbSet<TemplateItem> TemplateItems => Set<TemplateItem>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<DueInspection> DueInspections => Set<DueInspection>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<PointMovement> PointMovements => Set<PointMovement>();
    public DbSet<Demonstration> Demonstrations => Set<Demonstration>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FiveHave>(e =>
        {
            e.ToTable("five_haves");
            e.HasIndex(f => new { f.VillageId, f.Kind }).IsUnique();
            e.HasIndex(f => f.TownshipId);
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(f => f.EvidenceNote).HasMaxLength(1000);
            e.Property(f => f.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<TemplateItem>(e =>
        {
            e.ToTable("template_items");
            e.HasKey(t => t.Code);
            e.Property(t => t.Code).HasMaxLength(32);
            e.Property(t => t.NameZh).HasMaxLength(100);
            e.Property(t => t.UnitCode).HasMaxLength(32);
        });
        modelBuilder.Entity<Inspection>(e =>
        {
            e.ToTable("inspections");
            e.HasIndex(i => new { i.TownshipId, i.InspectedOn });
            e.HasIndex(i => new { i.VillageId, i.InspectedOn });
            e.Property(i => i.Inspector).HasMaxLength(64);
            e.Property(i => i.RecordedBy).HasMaxLength(128);
            e.OwnsMany(i => i.Results, r =>
            {
                r.ToTable("inspection_results");
                r.WithOwner().HasForeignKey("InspectionId");
                r.HasKey("InspectionId", nameof(InspectionResult.Code));
                r.Property(x => x.Code).HasMaxLength(32);
                r.Property(x => x.NameZh).HasMaxLength(100);
                r.Property(x => x.Note).HasMaxLength(500);
            });
        });
        modelBuilder.Entity<DueInspection>(e =>
        {
            e.ToTable("due_inspections");
            e.HasIndex(d => new { d.VillageId, d.WeekYear, d.Week }).IsUnique();
            e.HasIndex(d => new { d.TownshipId, d.WeekYear, d.Week });
        });
        modelBuilder.Entity<Household>(e =>
        {
            e.ToTable("households");
            e.HasIndex(h => new { h.VillageId, h.Name }).IsUnique();
            e.Property(h => h.Name).HasMaxLength(64);
            e.Property(h => h.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PointMovement>(e =>
        {
            e.ToTable("point_movements");
            e.HasIndex(m => m.HouseholdId);
            e.Property(m => m.Reason).HasMaxLength(300);
            e.Property(m => m.By).HasMaxLength(128);
        });
        modelBuilder.Entity<Demonstration>(e =>
        {
            e.ToTable("demonstrations");
            e.HasIndex(d => new { d.VillageId, d.Status });
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(d => d.Household).HasMaxLength(64);
            e.Property(d => d.ProposedBy).HasMaxLength(128);
            e.Property(d => d.ApprovedBy).HasMaxLength(128);
            e.Property(d => d.WithdrawnReason).HasMaxLength(300);
            e.Property(d => d.Version).IsConcurrencyToken();
        });
    }
}
