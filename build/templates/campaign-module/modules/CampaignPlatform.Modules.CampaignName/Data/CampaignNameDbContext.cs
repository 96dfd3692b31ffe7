using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.CampaignName.Data;

/// <summary>The module's own tables: prefixed <c>campaign_id_</c> on SQLite, in schema <c>campaign_id</c> on PostgreSQL.</summary>
internal sealed class CampaignNameDbContext(DbContextOptions<CampaignNameDbContext> options) : ModuleDbContext(options, "campaign_id")
{
    public DbSet<WorkEntry> Entries => Set<WorkEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<WorkEntry>(e =>
        {
            e.ToTable("entries");
            e.HasIndex(x => new { x.TownshipId, x.On });
            e.Property(x => x.Note).HasMaxLength(WorkEntry.MaxNote);
            e.Property(x => x.RecordedBy).HasMaxLength(128);
        });
}
