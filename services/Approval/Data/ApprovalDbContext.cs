using Microsoft.EntityFrameworkCore;
using Platform.Approval.Catalogue;
using Platform.Approval.Projects;
using Platform.Approval.Stages;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays.Following;

namespace Platform.Approval.Data;

public sealed class ApprovalDbContext(DbContextOptions<ApprovalDbContext> options) : DbContext(options)
{
    public DbSet<LocalMatter> Matters => Set<LocalMatter>();
    public DbSet<LoadedCalendarYear> CalendarYears => Set<LoadedCalendarYear>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<StageDefinition> StageDefinitions => Set<StageDefinition>();
    public DbSet<StageApplication> Stages => Set<StageApplication>();
    public DbSet<ApprovalTask> Tasks => Set<ApprovalTask>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LocalMatter>(matter =>
        {
            matter.ToTable("matters");
            matter.HasKey(m => m.Code);
            matter.Property(m => m.Code).HasMaxLength(64);
            matter.Property(m => m.Materials).HasJsonConversion();
        });
        modelBuilder.AddLoadedCalendarYears();
        modelBuilder.Entity<Project>(project =>
        {
            project.ToTable("projects");
            project.HasKey(p => p.Code);
            project.Property(p => p.Code).HasMaxLength(24);
            project.HasIndex(p => p.OwnerAccount);
            project.HasIndex(p => p.AgentAccount);
        });
        modelBuilder.Entity<StageDefinition>(definition =>
        {
            definition.ToTable("stage_definitions");
            definition.HasKey(d => d.Stage);
            definition.Property(d => d.Stage).ValueGeneratedNever();
            definition.Property(d => d.MatterCodes).HasJsonConversion();
            definition.Property(d => d.Deferrable).HasJsonConversion();
        });
        modelBuilder.Entity<StageApplication>(stage =>
        {
            stage.ToTable("stages");
            stage.HasKey(s => s.StageNo);
            stage.Property(s => s.StageNo).HasMaxLength(32);
            stage.Property(s => s.Status).HasConversion<string>().HasMaxLength(24);
            stage.HasIndex(s => new { s.ProjectCode, s.Stage });
            stage.Property(s => s.ActiveSlot).HasMaxLength(32);
            stage.HasIndex(s => s.ActiveSlot).IsUnique();
            stage.HasIndex(s => new { s.SubmittedBy, s.IdempotencyKey }).IsUnique();
            stage.HasOne(s => s.Project).WithMany().HasForeignKey(s => s.ProjectCode);
            stage.HasMany(s => s.Tasks).WithOne().HasForeignKey(t => t.StageNo);
            stage.Property(s => s.Materials).HasJsonConversion();
            stage.Property(s => s.Notice).HasJsonConversion();
            stage.Property(s => s.Deferred).HasJsonConversion();
            stage.Property(s => s.StoppedPeriods).HasJsonConversion();
            stage.Property(s => s.Supplements).HasJsonConversion();
            stage.Property(s => s.History).HasJsonConversion();
        });
        modelBuilder.Entity<ApprovalTask>(task =>
        {
            task.ToTable("tasks");
            task.HasKey(t => t.TaskNo);
            task.Property(t => t.TaskNo).HasMaxLength(36);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
            task.HasIndex(t => new { t.DepartmentCode, t.Status, t.DueDate });
        });
        modelBuilder.AddRunningNumbers();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddConcurrencyStamps();
    }
}
