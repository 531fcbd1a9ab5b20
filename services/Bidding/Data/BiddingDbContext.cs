using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Auctions;
using Platform.Bidding.Bids;
using Platform.Bidding.Draws;
using Platform.Bidding.Evaluation;
using Platform.Bidding.FixedPrice;
using Platform.Bidding.Projects;
using Platform.Bidding.Record;
using Platform.Bidding.Recordings;
using Platform.Bidding.Rooms;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays.Following;

namespace Platform.Bidding.Data;

public sealed class BiddingDbContext(DbContextOptions<BiddingDbContext> options) : DbContext(options)
{
    public DbSet<LoadedCalendarYear> CalendarYears => Set<LoadedCalendarYear>();
    public DbSet<TradingProject> Projects => Set<TradingProject>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<Bid> Bids => Set<Bid>();
    public DbSet<RecordEntry> RecordEntries => Set<RecordEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddLoadedCalendarYears();
        modelBuilder.Entity<TradingProject>(project =>
        {
            project.ToTable("projects");
            project.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            project.Property(p => p.Procedure).HasMaxLength(16);
            project.Property(p => p.Documents).HasJsonConversion();
            project.Property(p => p.Amendments).HasJsonConversion();
            project.HasIndex(p => p.Status);
        });
        modelBuilder.Entity<Registration>(registration =>
        {
            registration.ToTable("registrations");
            registration.HasIndex(r => new { r.ProjectId, r.Account }).IsUnique();
        });
        modelBuilder.Entity<Bid>(bid =>
        {
            bid.ToTable("bids");
            bid.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
            // One standing bid per firm account and project: a new upload before the deadline replaces it.
            bid.HasIndex(b => new { b.ProjectId, b.Account }).IsUnique();
        });
        modelBuilder.Entity<RecordEntry>(entry =>
        {
            entry.ToTable("record_entries");
            entry.HasKey(e => new { e.ProjectId, e.Seq });
            entry.Property(e => e.Kind).HasMaxLength(32);
        });
        modelBuilder.AddDraws();
        modelBuilder.AddEvaluation();
        modelBuilder.AddFixedPrice();
        modelBuilder.AddAuctions();
        modelBuilder.AddRooms();
        modelBuilder.AddRecordings();
        modelBuilder.AddHeadPublications();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddConcurrencyStamps();
    }
}
