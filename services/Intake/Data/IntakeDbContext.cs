using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Catalogue;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Files;
using Platform.Intake.Points;
using Platform.Intake.Queue;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Intake.Data;

public sealed class IntakeDbContext(DbContextOptions<IntakeDbContext> options) : DbContext(options)
{
    public DbSet<LocalMatter> Matters => Set<LocalMatter>();
    public DbSet<LoadedCalendarYear> CalendarYears => Set<LoadedCalendarYear>();
    public DbSet<Application> Applications => Set<Application>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<LocalServicePoint> ServicePoints => Set<LocalServicePoint>();
    public DbSet<StoredFile> Files => Set<StoredFile>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LocalMatter>(matter =>
        {
            matter.ToTable("matters");
            matter.HasKey(m => m.Code);
            matter.Property(m => m.Code).HasMaxLength(64);
            matter.Property(m => m.Materials).HasConversion(new JsonColumnConverter<List<MatterMaterial>>(),
                new JsonColumnComparer<List<MatterMaterial>>());
            matter.Property(m => m.IntakeLevels).HasConversion(new JsonColumnConverter<List<string>>(),
                new JsonColumnComparer<List<string>>());
        });
        modelBuilder.AddLoadedCalendarYears();
        modelBuilder.Entity<Application>(application =>
        {
            application.ToTable("applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(32);
            application.Property(a => a.IdempotencyKey).HasMaxLength(100);
            application.Property(a => a.RequestHash).HasMaxLength(64);
            application.Property(a => a.TicketNumber).HasMaxLength(8);
            application.HasIndex(a => new { a.SubmittedBy, a.IdempotencyKey }).IsUnique();
            application.Property(a => a.SubmittedBy).HasMaxLength(100);
            application.Property(a => a.Channel).HasMaxLength(16);
            application.Property(a => a.PointCode).HasMaxLength(32);
            application.Property(a => a.TransferSlipNo).HasMaxLength(40);
            application.HasIndex(a => new { a.Outcome, a.Channel });
            application.HasIndex(a => a.ApplicantAccount);
            application.HasIndex(a => a.TransferSlipNo).IsUnique();
            application.ComplexProperty(a => a.Applicant);
            application.Property(a => a.Materials).HasConversion(new JsonColumnConverter<List<MaterialCheck>>(),
                new JsonColumnComparer<List<MaterialCheck>>());
            application.Property(a => a.Notice).HasConversion(new JsonColumnConverter<List<string>>(),
                new JsonColumnComparer<List<string>>());
        });
        modelBuilder.Entity<Case>(@case =>
        {
            @case.ToTable("cases");
            @case.HasKey(c => c.CaseNo);
            @case.Property(c => c.CaseNo).HasMaxLength(32);
            @case.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            @case.Property(c => c.TicketNumber).HasMaxLength(8);
            @case.HasIndex(c => new { c.Status, c.DueDate });
            @case.HasIndex(c => c.AcceptedDate);
            // One case per application: two windows completing one supplement at once cannot make two cases.
            @case.HasIndex(c => c.ApplicationId).IsUnique();
            @case.ComplexProperty(c => c.Applicant);
            @case.Property(c => c.Channel).HasMaxLength(16);
            @case.Property(c => c.PointCode).HasMaxLength(32);
            @case.Property(c => c.PointLevel).HasMaxLength(16);
            @case.Property(c => c.DeliveryMethod).HasMaxLength(16);
            @case.Property(c => c.TrackingNumber).HasMaxLength(40);
            @case.Property(c => c.Timeline).HasConversion(new JsonColumnConverter<List<TimelineEntry>>(),
                new JsonColumnComparer<List<TimelineEntry>>());
            @case.Property(c => c.StoppedPeriods).HasConversion(new JsonColumnConverter<List<StoppedPeriod>?>(),
                new JsonColumnComparer<List<StoppedPeriod>?>());
        });
        modelBuilder.Entity<LocalServicePoint>(point =>
        {
            point.ToTable("service_points");
            point.HasKey(p => p.Code);
            point.Property(p => p.Code).HasMaxLength(32);
            point.Property(p => p.Level).HasMaxLength(16);
            point.Property(p => p.WindowNumbers).HasConversion(new JsonColumnConverter<List<string>>(),
                new JsonColumnComparer<List<string>>());
        });
        modelBuilder.Entity<StoredFile>(file =>
        {
            file.ToTable("stored_files");
            file.HasKey(f => f.Id);
            file.Property(f => f.Owner).HasMaxLength(100);
            file.Property(f => f.FileName).HasMaxLength(200);
            file.Property(f => f.ContentType).HasMaxLength(100);
            file.Property(f => f.Sha256).HasMaxLength(64);
            file.HasIndex(f => f.ApplicationId);
        });
        modelBuilder.Entity<Ticket>(ticket =>
        {
            ticket.ToTable("tickets");
            ticket.HasIndex(t => new { t.Day, t.Number }).IsUnique();
            ticket.Property(t => t.Number).HasMaxLength(8);
            ticket.Property(t => t.Line).HasMaxLength(64);
            // A change of a ticket writes only when its status is still the one read: two windows that were both
            // handed one ticket (the queue degraded to the database while Redis was away) cannot both call it.
            ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
        });
        modelBuilder.AddRunningNumbers();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddConcurrencyStamps();
    }
}
