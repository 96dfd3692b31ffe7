using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignPlatform.Modules.Publicity.Data;

internal sealed class PublicityDbContext(DbContextOptions<PublicityDbContext> options) : ModuleDbContext(options, "publicity")
{
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<VolunteerEvent> VolunteerEvents => Set<VolunteerEvent>();
    public DbSet<VillageRuleVersion> VillageRules => Set<VillageRuleVersion>();
    public DbSet<SurveyRound> SurveyRounds => Set<SurveyRound>();
    public DbSet<SurveyEntry> SurveyEntries => Set<SurveyEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Activity>(e =>
        {
            e.ToTable("activities");
            e.HasIndex(a => new { a.TownshipId, a.HeldOn });
            e.Property(a => a.Channel).HasConversion<string>().HasMaxLength(32);
            e.Property(a => a.Title).HasMaxLength(200);
            e.Property(a => a.EvidenceNote).HasMaxLength(2000);
            e.Property(a => a.RecordedBy).HasMaxLength(128);
            e.Property(a => a.ChangedBy).HasMaxLength(128);
            e.Property(a => a.Version).IsConcurrencyToken();
            OwnsOrganiser(e.OwnsOne(a => a.Organiser));
        });
        modelBuilder.Entity<VolunteerEvent>(e =>
        {
            e.ToTable("volunteer_events");
            e.HasIndex(v => new { v.TownshipId, v.HeldOn });
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(v => v.Description).HasMaxLength(2000);
            e.Property(v => v.RecordedBy).HasMaxLength(128);
            OwnsOrganiser(e.OwnsOne(v => v.Organiser));
        });
        modelBuilder.Entity<VillageRuleVersion>(e =>
        {
            e.ToTable("village_rules");
            e.HasIndex(r => new { r.VillageId, r.Number }).IsUnique();
            e.HasIndex(r => r.TownshipId);
            e.Property(r => r.Text).HasMaxLength(20000);
            e.Property(r => r.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<SurveyRound>(e =>
        {
            e.ToTable("survey_rounds");
            e.HasIndex(r => new { r.TownshipId, r.Kind, r.To });
            e.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.Conductor).HasConversion<string>().HasMaxLength(16);
            e.Property(r => r.AgencyName).HasMaxLength(200);
            e.Property(r => r.Title).HasMaxLength(200);
            e.Property(r => r.CreatedBy).HasMaxLength(128);
            e.Property(r => r.ClosedBy).HasMaxLength(128);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<SurveyEntry>(e =>
        {
            e.ToTable("survey_entries");
            e.HasIndex(x => x.RoundId);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(128);
        });
    }

    private static void OwnsOrganiser<TOwner>(OwnedNavigationBuilder<TOwner, Organiser> organiser) where TOwner : class
    {
        organiser.Property(o => o.Kind).HasColumnName("organiser_kind").HasConversion<string>().HasMaxLength(32);
        organiser.Property(o => o.UnitId).HasColumnName("organiser_unit_id");
        organiser.Property(o => o.Name).HasColumnName("organiser_name").HasMaxLength(200);
    }
}
