using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Experts;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Bidding.Draws;

public static class DrawsModel
{
    /// <summary>The draws' table and the expert pool they draw from; call from OnModelCreating.</summary>
    public static ModelBuilder AddDraws(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Draw>(draw =>
        {
            draw.ToTable("draws");
            draw.HasKey(d => d.DrawId);
            draw.Ignore(d => d.PublicId);
            draw.Property(d => d.DrawId).ValueGeneratedNever();
            draw.Property(d => d.Purpose).HasMaxLength(16);
            draw.Property(d => d.Specialty).HasMaxLength(32);
            draw.Property(d => d.Secret).HasMaxLength(64);
            draw.Property(d => d.Commitment).HasMaxLength(64);
            draw.Property(d => d.ScheduledBy).HasMaxLength(64);
            draw.Property(d => d.DrawnBy).HasMaxLength(64);
            draw.HasIndex(d => d.ProjectId);
            draw.Property(d => d.IdempotencyKey).HasMaxLength(100);
            draw.HasIndex(d => d.IdempotencyKey).IsUnique();
            draw.Property(d => d.RequestHash).HasMaxLength(64);
            draw.Property(d => d.Candidates).HasJsonConversion();
            draw.Property(d => d.Conflicts).HasJsonConversion();
            draw.Property(d => d.Excluded).HasJsonConversion();
            draw.Property(d => d.Selected).HasJsonConversion();
            // AddConcurrencyStamps would do this for the whole model, but must run last; this keeps the draws
            // self-contained in the service's model.
            draw.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
        });
        return modelBuilder.AddExperts();
    }
}
