using CampaignPlatform.Kernel.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// The data-protection key ring in the platform database (schema <c>host</c>), so that every host sharing the database
/// protects and reads cookies and bearer tokens with the same keys: one host's sign-in is good on another.
/// </summary>
public sealed class HostKeysDbContext(DbContextOptions<HostKeysDbContext> options) : ModuleDbContext(options, "host"), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
}
