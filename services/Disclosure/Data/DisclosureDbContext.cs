using Microsoft.EntityFrameworkCore;
using Platform.Disclosure.AnnualReport;
using Platform.Disclosure.Publications;
using Platform.Disclosure.Requests;
using Platform.Disclosure.Warnings;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Disclosure.Data;

public sealed class DisclosureDbContext(DbContextOptions<DisclosureDbContext> options) : DbContext(options)
{
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<DisclosureRequest> Requests => Set<DisclosureRequest>();
    public DbSet<AnnualInput> AnnualInputs => Set<AnnualInput>();
    public DbSet<DeadlineWarning> Warnings => Set<DeadlineWarning>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreInstantsInUtc();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Publication>(publication =>
        {
            publication.ToTable("publications");
            publication.HasKey(p => p.Id);
            publication.HasIndex(p => p.IndexNo).IsUnique();
            publication.Property(p => p.IndexNo).HasMaxLength(64);
            publication.Property(p => p.Title).HasMaxLength(300);
            publication.Property(p => p.Category).HasMaxLength(32);
            publication.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            publication.HasIndex(p => new { p.Status, p.PublishedDate });
            publication.Property(p => p.Attachments).HasConversion(
                new JsonColumnConverter<List<Attachment>>(), new JsonColumnComparer<List<Attachment>>());
            publication.Property(p => p.History).HasConversion(
                new JsonColumnConverter<List<PublicationStep>>(), new JsonColumnComparer<List<PublicationStep>>());
        });
        modelBuilder.Entity<DisclosureRequest>(request =>
        {
            request.ToTable("requests");
            request.HasKey(r => r.RequestNo);
            request.Property(r => r.RequestNo).HasMaxLength(32);
            request.Property(r => r.ApplicantCategory).HasMaxLength(16);
            request.Property(r => r.Channel).HasMaxLength(16);
            request.Property(r => r.DeliveryForm).HasMaxLength(16);
            request.Property(r => r.Outcome).HasMaxLength(8);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(24);
            request.HasIndex(r => r.ReceivedDate);
            request.HasIndex(r => r.RepliedDate);
            request.HasIndex(r => new { r.Status, r.DueDate });
            request.Property(r => r.Timeline).HasConversion(
                new JsonColumnConverter<List<RequestStep>>(), new JsonColumnComparer<List<RequestStep>>());
            request.Property(r => r.ConsultationPeriods).HasConversion(
                new JsonColumnConverter<List<StoppedPeriod>?>(), new JsonColumnComparer<List<StoppedPeriod>?>());
        });
        modelBuilder.Entity<AnnualInput>(input =>
        {
            input.ToTable("annual_inputs");
            input.HasKey(i => i.Year);
            input.Property(i => i.Year).ValueGeneratedNever();
            input.Property(i => i.FeesWanYuan).HasPrecision(14, 6);
            input.Property(i => i.Review).HasConversion(
                new JsonColumnConverter<ReviewCounts>(), new JsonColumnComparer<ReviewCounts>());
            input.Property(i => i.LitigationDirect).HasConversion(
                new JsonColumnConverter<ReviewCounts>(), new JsonColumnComparer<ReviewCounts>());
            input.Property(i => i.LitigationAfterReview).HasConversion(
                new JsonColumnConverter<ReviewCounts>(), new JsonColumnComparer<ReviewCounts>());
        });
        modelBuilder.Entity<DeadlineWarning>(warning =>
        {
            warning.ToTable("warnings");
            warning.HasKey(w => w.Id);
            warning.HasIndex(w => new { w.Subject, w.SubjectId, w.Level, w.DueDate }).IsUnique();
            warning.HasIndex(w => w.ClearedAt);
        });
        modelBuilder.AddLoadedCalendarYears();
        modelBuilder.AddRunningNumbers();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddConcurrencyStamps();
    }
}
