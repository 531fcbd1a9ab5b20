using Microsoft.EntityFrameworkCore;
using Platform.Catalogue.Calendar;
using Platform.Catalogue.Departments;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Points;
using Platform.Catalogue.Windows;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Catalogue.Data;

public sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<Matter> Matters => Set<Matter>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<ServiceWindow> Windows => Set<ServiceWindow>();
    public DbSet<ServicePoint> ServicePoints => Set<ServicePoint>();
    public DbSet<StoredCalendarYear> CalendarYears => Set<StoredCalendarYear>();
    public DbSet<CalendarNoticeAlert> CalendarNoticeAlerts => Set<CalendarNoticeAlert>();

    /// <summary>The current published version of each matter: what the public 办事指南 shows.</summary>
    public IQueryable<Matter> PublishedMatters => Matters.Where(m => m.IsCurrent && m.Status == MatterStatus.Published);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Matter>(matter =>
        {
            matter.ToTable("matters");
            matter.HasIndex(m => new { m.Code, m.Version }).IsUnique();
            matter.HasIndex(m => new { m.IsCurrent, m.Status });
            matter.Property(m => m.Code).HasMaxLength(64);
            matter.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            matter.Property(m => m.StatusReason).HasMaxLength(500);
            matter.ComplexProperty(m => m.Elements, elements =>
            {
                elements.Property(e => e.Name).HasMaxLength(200);
                elements.Property(e => e.TypeCode).HasMaxLength(2);
                elements.Property(e => e.DepartmentCode).HasMaxLength(64);
                elements.Property(e => e.DepartmentName).HasMaxLength(100);
                elements.Property(e => e.HandlingKind).HasConversion<string>().HasMaxLength(16);
                elements.Property(e => e.Fee).HasPrecision(12, 2);
                elements.Property(e => e.Materials).HasConversion(
                    new JsonColumnConverter<IReadOnlyList<MaterialRequirement>>(),
                    new JsonColumnComparer<IReadOnlyList<MaterialRequirement>>());
                elements.Property(e => e.IntakeLevels).HasMaxLength(64).HasConversion(
                    new JsonColumnConverter<IReadOnlyList<string>>(), new JsonColumnComparer<IReadOnlyList<string>>());
            });
        });
        modelBuilder.Entity<Department>(department =>
        {
            department.ToTable("departments");
            department.HasIndex(d => d.Code).IsUnique();
            department.Property(d => d.Code).HasMaxLength(64);
            department.Property(d => d.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<ServiceWindow>(window =>
        {
            window.ToTable("windows");
            window.HasIndex(w => w.Number).IsUnique();
            window.Property(w => w.Number).HasMaxLength(16);
            window.Property(w => w.Name).HasMaxLength(100);
            window.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);
            window.Property(w => w.PointCode).HasMaxLength(ServicePointRules.MaxCodeLength);
            window.Property(w => w.DepartmentCodes).HasConversion(
                new JsonColumnConverter<List<string>>(), new JsonColumnComparer<List<string>>());
        });
        modelBuilder.Entity<ServicePoint>(point =>
        {
            point.ToTable("service_points");
            point.HasIndex(p => p.Code).IsUnique();
            point.Property(p => p.Code).HasMaxLength(ServicePointRules.MaxCodeLength);
            point.Property(p => p.Name).HasMaxLength(100);
            point.Property(p => p.Level).HasMaxLength(16);
            point.Property(p => p.ParentCode).HasMaxLength(ServicePointRules.MaxCodeLength);
            point.Property(p => p.Address).HasMaxLength(200);
            point.Property(p => p.Hours).HasMaxLength(200);
            point.Property(p => p.Phone).HasMaxLength(50);
        });
        modelBuilder.Entity<StoredCalendarYear>(year =>
        {
            year.ToTable("calendar_years");
            year.HasIndex(y => new { y.Region, y.Year }).IsUnique();
            year.Property(y => y.Region).HasMaxLength(16);
            year.Property(y => y.CalendarVersion).HasMaxLength(64);
            year.Property(y => y.Days).HasConversion(
                new JsonColumnConverter<List<SpecialDay>>(), new JsonColumnComparer<List<SpecialDay>>());
        });
        modelBuilder.Entity<CalendarNoticeAlert>(alert =>
        {
            alert.ToTable("calendar_notice_alerts");
            alert.HasKey(a => a.Date);
            alert.Property(a => a.Message).HasMaxLength(500);
        });
        modelBuilder.AddOutboxAndInbox();
    }
}
