using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Enforcement.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Data;

internal sealed class EnforcementDbContext(DbContextOptions<EnforcementDbContext> options) : ModuleDbContext(options, "enforcement")
{
    public DbSet<EnforcementCase> Cases => Set<EnforcementCase>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<CaseCounter> CaseCounters => Set<CaseCounter>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<IntakeWindow> IntakeWindows => Set<IntakeWindow>();
    public DbSet<CasePhoto> Photos => Set<CasePhoto>();
    public DbSet<CaseEvent> Events => Set<CaseEvent>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<ExposureEntry> Exposures => Set<ExposureEntry>();
    public DbSet<OnTimeSnapshot> OnTimeSnapshots => Set<OnTimeSnapshot>();
    public DbSet<Frontage> Frontages => Set<Frontage>();
    public DbSet<FrontageRating> FrontageRatings => Set<FrontageRating>();
    public DbSet<CaseDueTally> CaseDueTallies => Set<CaseDueTally>();
    public DbSet<CaseDueMonthTally> CaseDueMonthTallies => Set<CaseDueMonthTally>();

    /// <summary>
    /// Saves, and moves the cases it changes between the <see cref="CaseDueTally"/> and <see cref="CaseDueMonthTally"/> rows in the same transaction (its own
    /// when the caller has none), so the on-time line never reads a tally that disagrees with the cases. A save that
    /// touches no citizen case's deadline, outcome or standing (a report just received, a frontage) costs nothing more.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var moves = CaseDueSummary.MovesOf(ChangeTracker);
        if (moves.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await CaseDueSummary.MoveAsync(this, moves, cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return saved;
    }

    /// <summary>The tallies are kept by the asynchronous save only; a synchronous one would leave them behind the cases.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Enforcement saves asynchronously (SaveChangesAsync), which keeps the case tallies.");

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<EnforcementCase>(e =>
        {
            e.ToTable("cases");
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => new { c.Year, c.Sequence }).IsUnique();
            e.HasIndex(c => new { c.TownshipId, c.State });
            e.HasIndex(c => new { c.Category, c.ReportedAt });
            e.HasIndex(c => c.FrontageId);
            // The on-time line counts the cases due earlier today, after the whole days of its tallies.
            e.HasIndex(c => c.HandleDueAt);
            e.Property(c => c.Number).HasMaxLength(20);
            e.Property(c => c.Category).HasConversion<string>().HasMaxLength(32);
            e.Property(c => c.Source).HasConversion<string>().HasMaxLength(32);
            e.Property(c => c.State).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(c => c.Address).HasMaxLength(500);
            e.Property(c => c.Description).HasMaxLength(2000);
            e.Property(c => c.ReportedBy).HasMaxLength(128);
            e.Property(c => c.RejectReason).HasMaxLength(1000);
            e.Property(c => c.Handler).HasMaxLength(128);
            e.Property(c => c.HandlingRecordedBy).HasMaxLength(128);
            e.Property(c => c.HandlingNote).HasMaxLength(2000);
            e.Property(c => c.Verifier).HasMaxLength(128);
            e.Property(c => c.ParkReason).HasMaxLength(1000);
            e.Property(c => c.ParkApprovedBy).HasMaxLength(128);
            e.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Report>(e =>
        {
            e.ToTable("reports");
            e.HasIndex(r => r.TrackingToken).IsUnique();
            e.HasIndex(r => r.CaseId);
            e.Property(r => r.TrackingToken).HasMaxLength(64);
            e.Property(r => r.Description).HasMaxLength(2000);
            e.Property(r => r.ContactPhone).HasMaxLength(32);
        });
        modelBuilder.Entity<CaseCounter>(e =>
        {
            e.ToTable("case_counters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
        });
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_keys");
            e.HasKey(k => k.Key);
            e.Property(k => k.Key).HasMaxLength(200);
            e.Property(k => k.RequestHash).HasMaxLength(64);
        });
        modelBuilder.Entity<IntakeWindow>(e =>
        {
            e.ToTable("intake_windows");
            e.HasKey(w => new { w.ClientAddress, w.Minute });
            e.HasIndex(w => w.Minute);
            e.Property(w => w.ClientAddress).HasMaxLength(64);
        });
        modelBuilder.Entity<CasePhoto>(e =>
        {
            e.ToTable("photos");
            e.HasIndex(p => p.CaseId);
            e.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
            e.Property(p => p.ContentType).HasMaxLength(32);
        });
        modelBuilder.Entity<CaseEvent>(e =>
        {
            e.ToTable("case_events");
            e.HasIndex(x => new { x.CaseId, x.At });
            e.Property(x => x.Actor).HasMaxLength(128);
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(2000);
        });
        modelBuilder.Entity<CalendarDay>(e =>
        {
            e.ToTable("calendar_days");
            e.HasKey(d => d.Date);
            e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(d => d.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<ExposureEntry>(e =>
        {
            e.ToTable("exposures");
            e.HasIndex(x => new { x.TownshipId, x.Date });
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Outlet).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(128);
        });
        modelBuilder.Entity<Frontage>(e =>
        {
            e.ToTable("frontages");
            e.HasIndex(f => f.TownshipId);
            e.HasIndex(f => f.UnitId);
            e.Property(f => f.Name).HasMaxLength(200);
            e.Property(f => f.Address).HasMaxLength(500);
            e.Property(f => f.CreatedBy).HasMaxLength(128);
            e.Property(f => f.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<FrontageRating>(e =>
        {
            e.ToTable("frontage_ratings");
            e.HasIndex(r => new { r.FrontageId, r.RatedOn });
            e.HasIndex(r => new { r.TownshipId, r.RatedOn });
            e.Property(r => r.Rater).HasMaxLength(128);
            e.Property(r => r.Note).HasMaxLength(1000);
        });
        modelBuilder.Entity<OnTimeSnapshot>(e =>
        {
            e.ToTable("on_time_snapshots");
            e.HasIndex(s => new { s.TownshipId, s.Day }).IsUnique();
        });
        modelBuilder.Entity<CaseDueTally>(e =>
        {
            e.ToTable("case_due_tallies");
            // Day first: a card reads a period's days, for one township or all.
            e.HasKey(t => new { t.Day, t.TownshipId, t.Outcome });
            e.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<CaseDueMonthTally>(e =>
        {
            e.ToTable("case_due_month_tallies");
            e.HasKey(t => new { t.Month, t.TownshipId, t.Outcome });
            e.Property(t => t.Outcome).HasConversion<string>().HasMaxLength(16);
        });
    }
}
