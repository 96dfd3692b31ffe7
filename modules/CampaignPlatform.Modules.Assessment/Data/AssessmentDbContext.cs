using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Data;

internal sealed class AssessmentDbContext(DbContextOptions<AssessmentDbContext> options) : ModuleDbContext(options, "assessment")
{
    public DbSet<SchemeLine> SchemeLines => Set<SchemeLine>();
    public DbSet<AssessmentFact> Facts => Set<AssessmentFact>();
    public DbSet<Exposure> Exposures => Set<Exposure>();
    public DbSet<ScoreSnapshot> Snapshots => Set<ScoreSnapshot>();
    public DbSet<StandardIndicator> Indicators => Set<StandardIndicator>();
    public DbSet<IndicatorValue> IndicatorValues => Set<IndicatorValue>();
    public DbSet<EvidenceLink> Evidence => Set<EvidenceLink>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SchemeLine>(e =>
        {
            e.ToTable("scheme_lines");
            e.HasIndex(l => new { l.Year, l.Code }).IsUnique();
            e.Property(l => l.Code).HasMaxLength(64);
            e.Property(l => l.ParentCode).HasMaxLength(64);
            e.Property(l => l.NameZh).HasMaxLength(64);
            e.Property(l => l.LineKey).HasMaxLength(64);
            e.Property(l => l.Rule).HasConversion<string>().HasMaxLength(16);
            e.Property(l => l.FactKind).HasConversion<string>().HasMaxLength(32);
        });
        modelBuilder.Entity<AssessmentFact>(e =>
        {
            e.ToTable("facts");
            e.HasIndex(f => new { f.Year, f.Kind });
            e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(f => f.Note).HasMaxLength(500);
            e.Property(f => f.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<Exposure>(e =>
        {
            e.ToTable("exposures");
            e.HasIndex(x => new { x.Year, x.TownshipId });
            e.HasIndex(x => x.SourceReference).IsUnique();
            e.Property(x => x.SourceReference).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Source).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<ScoreSnapshot>(e =>
        {
            e.ToTable("snapshots");
            e.HasIndex(s => new { s.Year, s.Scope, s.Day }).IsUnique();
            e.Property(s => s.Scope).HasMaxLength(40);
        });
        modelBuilder.Entity<StandardIndicator>(e =>
        {
            e.ToTable("indicators");
            e.HasKey(i => i.Code);
            e.Property(i => i.Code).HasMaxLength(16);
            e.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.Comparison).HasConversion<string>().HasMaxLength(16);
            e.Property(i => i.CategoryZh).HasMaxLength(64);
            e.Property(i => i.NameZh).HasMaxLength(200);
            e.Property(i => i.ThresholdText).HasMaxLength(500);
            e.Property(i => i.Unit).HasMaxLength(32);
            e.Property(i => i.LeadUnit).HasMaxLength(64);
            e.Property(i => i.SeedNote).HasMaxLength(500);
            e.Property(i => i.LastValueNote).HasMaxLength(500);
        });
        modelBuilder.Entity<IndicatorValue>(e =>
        {
            e.ToTable("indicator_values");
            e.HasIndex(v => new { v.IndicatorCode, v.Date });
            e.Property(v => v.IndicatorCode).HasMaxLength(16);
            e.Property(v => v.Note).HasMaxLength(500);
            e.Property(v => v.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<EvidenceLink>(e =>
        {
            e.ToTable("evidence");
            e.HasIndex(l => new { l.IndicatorCode, l.SourceModule, l.SourceReference }).IsUnique();
            e.Property(l => l.IndicatorCode).HasMaxLength(16);
            e.Property(l => l.SourceModule).HasMaxLength(64);
            e.Property(l => l.SourceReference).HasMaxLength(200);
            e.Property(l => l.Description).HasMaxLength(1000);
            e.Property(l => l.LinkedBy).HasMaxLength(128);
        });
    }
}
