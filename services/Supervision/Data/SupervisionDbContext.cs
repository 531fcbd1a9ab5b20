using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.Supervision.Disclosure;
using Platform.Supervision.Ratings;
using Platform.Supervision.Trading;
using Platform.Supervision.Warnings;
using Platform.WorkingDays.Following;

namespace Platform.Supervision.Data;

public sealed class SupervisionDbContext(DbContextOptions<SupervisionDbContext> options) : DbContext(options)
{
    public DbSet<SupervisedCase> Cases => Set<SupervisedCase>();
    public DbSet<Rectification> Rectifications => Set<Rectification>();
    public DbSet<Warning> Warnings => Set<Warning>();
    public DbSet<DisclosureReply> DisclosureReplies => Set<DisclosureReply>();
    public DbSet<DisclosureDeadline> DisclosureDeadlines => Set<DisclosureDeadline>();
    public DbSet<SupervisedStage> ApprovalStages => Set<SupervisedStage>();
    public DbSet<SupervisedTask> ApprovalTasks => Set<SupervisedTask>();
    public DbSet<SupervisedTradingProject> TradingProjects => Set<SupervisedTradingProject>();
    public DbSet<SupervisedObjection> TradingObjections => Set<SupervisedObjection>();
    public DbSet<SupervisedPoint> Points => Set<SupervisedPoint>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SupervisedCase>(@case =>
        {
            @case.ToTable("cases");
            @case.HasKey(c => c.CaseNo);
            @case.Property(c => c.CaseNo).HasMaxLength(32);
            @case.HasIndex(c => c.AcceptedDate);
            @case.HasIndex(c => c.CompletedDate);
            @case.HasIndex(c => new { c.DepartmentCode, c.AcceptedDate });
            @case.Property(c => c.Channel).HasMaxLength(16);
            @case.Property(c => c.PointCode).HasMaxLength(32);
            @case.Property(c => c.PointLevel).HasMaxLength(16);
        });
        modelBuilder.Entity<SupervisedPoint>(point =>
        {
            point.ToTable("service_points");
            point.HasKey(p => p.Code);
            point.Property(p => p.Code).HasMaxLength(32);
            point.Property(p => p.Name).HasMaxLength(200);
            point.Property(p => p.Level).HasMaxLength(16);
            point.Property(p => p.ParentCode).HasMaxLength(32);
        });
        modelBuilder.Entity<Rectification>(item =>
        {
            item.ToTable("rectifications");
            item.HasIndex(r => new { r.ClosedDate, r.DeadlineDate });
            item.Property(r => r.CaseNo).HasMaxLength(32);
        });
        modelBuilder.Entity<Warning>(warning =>
        {
            warning.ToTable("warnings");
            // Once per case and level, whoever judges first.
            warning.HasIndex(w => new { w.CaseNo, w.Level }).IsUnique();
            warning.HasIndex(w => new { w.Status, w.DueDate });
            warning.Property(w => w.CaseNo).HasMaxLength(32);
            warning.Property(w => w.Level).HasMaxLength(8);
            warning.Property(w => w.Status).HasMaxLength(16);
            warning.Property(w => w.Trail).HasConversion(
                new JsonColumnConverter<List<WarningAudit>>(), new JsonColumnComparer<List<WarningAudit>>());
        });
        modelBuilder.Entity<DisclosureReply>(reply =>
        {
            reply.ToTable("disclosure_replies");
            reply.HasKey(r => r.RequestNo);
            reply.Property(r => r.RequestNo).HasMaxLength(32);
            reply.HasIndex(r => r.RepliedDate);
        });
        modelBuilder.Entity<DisclosureDeadline>(deadline =>
        {
            deadline.ToTable("disclosure_deadlines");
            deadline.HasKey(d => d.Id);
            deadline.HasIndex(d => d.RaisedDate);
        });
        modelBuilder.Entity<SupervisedStage>(stage =>
        {
            stage.ToTable("approval_stages");
            stage.HasKey(s => s.StageNo);
            stage.Property(s => s.StageNo).HasMaxLength(32);
            stage.HasIndex(s => s.CompletedDate);
        });
        modelBuilder.Entity<SupervisedTask>(task =>
        {
            task.ToTable("approval_tasks");
            task.HasKey(t => t.TaskNo);
            task.Property(t => t.TaskNo).HasMaxLength(32);
            task.Property(t => t.StageNo).HasMaxLength(32);
            task.HasIndex(t => t.StageNo);
            task.HasIndex(t => t.DecidedDate);
            task.HasIndex(t => new { t.AcceptedDate, t.DecidedDate });
        });
        modelBuilder.Entity<SupervisedTradingProject>(project =>
        {
            project.ToTable("trading_projects");
            project.HasKey(p => p.ProjectId);
            project.Property(p => p.Procedure).HasMaxLength(32);
            project.Property(p => p.Category).HasMaxLength(32);
            project.Property(p => p.Budget).HasPrecision(18, 2);
            project.Property(p => p.AwardAmount).HasPrecision(18, 2);
            project.HasIndex(p => p.AnnouncedDate);
            project.HasIndex(p => p.AwardedDate);
            project.HasIndex(p => p.FailedDate);
        });
        modelBuilder.Entity<SupervisedObjection>(objection =>
        {
            objection.ToTable("trading_objections");
            objection.HasKey(o => o.ObjectionId);
            objection.HasIndex(o => o.RaisedDate);
        });
        modelBuilder.AddLoadedCalendarYears();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddConcurrencyStamps();
    }
}
