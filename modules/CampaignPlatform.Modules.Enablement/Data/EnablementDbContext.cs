using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enablement.Data;

internal sealed class EnablementDbContext(DbContextOptions<EnablementDbContext> options) : ModuleDbContext(options, "modules")
{
    public DbSet<ModuleSetting> Settings => Set<ModuleSetting>();
    public DbSet<ModuleSettingChange> Changes => Set<ModuleSettingChange>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ModuleSetting>(e =>
        {
            e.ToTable("settings");
            e.HasKey(s => new { s.TownshipId, s.ModuleId });
            e.Property(s => s.ModuleId).HasMaxLength(64);
            e.Property(s => s.ChangedBy).HasMaxLength(128);
            e.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<ModuleSettingChange>(e =>
        {
            e.ToTable("changes");
            e.HasIndex(c => new { c.TownshipId, c.ChangedAt });
            e.Property(c => c.ModuleId).HasMaxLength(64);
            e.Property(c => c.ChangedBy).HasMaxLength(128);
            e.Property(c => c.Reason).HasMaxLength(500);
        });
    }
}
