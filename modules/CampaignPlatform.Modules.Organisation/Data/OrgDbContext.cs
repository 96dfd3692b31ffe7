using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Data;

internal sealed class OrgDbContext(DbContextOptions<OrgDbContext> options) : ModuleDbContext(options, "org")
{
    public DbSet<Township> Townships => Set<Township>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<ResponsibleUnit> Units => Set<ResponsibleUnit>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Township>(e =>
        {
            e.ToTable("townships");
            e.HasIndex(t => t.Code).IsUnique();
            e.Property(t => t.Code).HasMaxLength(32);
            e.Property(t => t.Name).HasMaxLength(64);
            e.Property(t => t.LeaderName).HasMaxLength(64);
            e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(t => t.SanitaryTitle).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<Village>(e =>
        {
            e.ToTable("villages");
            e.HasIndex(v => v.Code).IsUnique();
            e.HasIndex(v => v.TownshipId);
            e.Property(v => v.Code).HasMaxLength(32);
            e.Property(v => v.Name).HasMaxLength(64);
            e.Property(v => v.LeaderName).HasMaxLength(64);
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(16);
            e.HasOne<Township>().WithMany().HasForeignKey(v => v.TownshipId);
        });
        modelBuilder.Entity<Grid>(e =>
        {
            e.ToTable("grids");
            e.HasIndex(g => g.VillageId);
            e.Property(g => g.Name).HasMaxLength(64);
            e.Property(g => g.WorkerName).HasMaxLength(64);
            e.HasOne<Village>().WithMany().HasForeignKey(g => g.VillageId);
        });
        modelBuilder.Entity<ResponsibleUnit>(e =>
        {
            e.ToTable("units");
            e.HasIndex(u => u.Code).IsUnique();
            e.Property(u => u.Code).HasMaxLength(32);
            e.Property(u => u.Name).HasMaxLength(64);
            e.Property(u => u.ShortName).HasMaxLength(32);
        });
    }
}
