using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Data;

/// <summary>The module's own tables: prefixed <c>demo_creation_</c> on SQLite, in schema <c>demo_creation</c> on PostgreSQL.</summary>
internal sealed class DemonstrationCreationDbContext(DbContextOptions<DemonstrationCreationDbContext> options) : ModuleDbContext(options, "demo_creation")
{
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<DemonstrationApplication> Applications => Set<DemonstrationApplication>();
    public DbSet<DemonstrationTitle> Titles => Set<DemonstrationTitle>();
    public DbSet<Review> Reviews => Set<Review>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Criterion>(e =>
        {
            e.ToTable("criteria");
            e.HasIndex(x => new { x.Kind, x.SortOrder });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Name).HasMaxLength(Criterion.MaxName);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DemonstrationApplication>(e =>
        {
            e.ToTable("applications");
            e.HasIndex(x => new { x.TownshipId, x.State });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PlaceName).HasMaxLength(DemonstrationApplication.MaxName);
            e.Property(x => x.UnitName).HasMaxLength(DemonstrationApplication.MaxName);
            e.Property(x => x.Address).HasMaxLength(DemonstrationApplication.MaxAddress);
            e.Property(x => x.SubmittedBy).HasMaxLength(128);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DemonstrationTitle>(e =>
        {
            e.ToTable("titles");
            e.HasIndex(x => new { x.TownshipId, x.State });
            e.HasIndex(x => new { x.State, x.NextReviewDue });
            // One title per application, however often a grant is retried.
            e.HasIndex(x => x.ApplicationId).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PlaceName).HasMaxLength(DemonstrationApplication.MaxName);
            e.Property(x => x.UnitName).HasMaxLength(DemonstrationApplication.MaxName);
            e.Property(x => x.Address).HasMaxLength(DemonstrationApplication.MaxAddress);
            e.Property(x => x.WithdrawnReason).HasMaxLength(DemonstrationTitle.MaxReason);
            e.Property(x => x.WithdrawnBy).HasMaxLength(128);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Review>(e =>
        {
            e.ToTable("reviews");
            e.HasIndex(x => x.ApplicationId);
            e.HasIndex(x => x.TitleId);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Reviewer).HasMaxLength(128);
            e.Property(x => x.Note).HasMaxLength(DemonstrationTitle.MaxReason);
            e.OwnsMany(x => x.Scores, s =>
            {
                s.ToTable("review_scores");
                s.WithOwner().HasForeignKey("ReviewId");
                s.Property<int>("Id");
                s.HasKey("Id");
                s.Property(x => x.CriterionName).HasMaxLength(Criterion.MaxName);
            });
        });
    }
}
