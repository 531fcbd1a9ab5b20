using Microsoft.EntityFrameworkCore;

namespace Platform.Bidding.FixedPrice;

public static class FixedPriceModel
{
    /// <summary>The qualification reviews' table; call from OnModelCreating.</summary>
    public static ModelBuilder AddFixedPrice(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Qualification>(qualification =>
        {
            qualification.ToTable("qualifications");
            qualification.HasKey(q => q.RegistrationId);
            qualification.Property(q => q.RegistrationId).ValueGeneratedNever();
            qualification.Property(q => q.Reason).HasMaxLength(500);
            qualification.Property(q => q.ReviewedBy).HasMaxLength(64);
            qualification.HasIndex(q => q.ProjectId);
        });
        return modelBuilder;
    }
}
