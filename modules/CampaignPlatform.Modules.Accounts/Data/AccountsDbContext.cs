using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.Data;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : ModuleDbContext(options, "accounts")
{
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Account>(e =>
        {
            e.ToTable("accounts");
            e.HasIndex(a => a.NormalizedUserName).IsUnique();
            e.Property(a => a.UserName).HasMaxLength(64);
            e.Property(a => a.NormalizedUserName).HasMaxLength(64);
            e.Property(a => a.DisplayName).HasMaxLength(100);
            e.Property(a => a.PasswordHash).HasMaxLength(200);
            e.Property(a => a.Role).HasConversion<string>().HasMaxLength(32);
            e.Property(a => a.GridIds).HasMaxLength(2000);
            e.Property(a => a.SecurityStamp).HasMaxLength(64);
            e.Property(a => a.CreatedBy).HasMaxLength(128);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.Ignore(a => a.Grids);
        });
        modelBuilder.Entity<SignInAttempt>(e =>
        {
            e.ToTable("sign_in_attempts");
            e.HasIndex(a => new { a.NormalizedUserName, a.At });
            e.HasIndex(a => new { a.ClientAddress, a.At });
            e.Property(a => a.NormalizedUserName).HasMaxLength(64);
            e.Property(a => a.ClientAddress).HasMaxLength(64);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit");
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.AccountId, a.At });
            e.Property(a => a.Actor).HasMaxLength(128);
            e.Property(a => a.Action).HasMaxLength(300);
            e.Property(a => a.Target).HasMaxLength(1000);
            e.Property(a => a.Outcome).HasMaxLength(32);
            e.Property(a => a.ClientAddress).HasMaxLength(64);
        });
    }
}
