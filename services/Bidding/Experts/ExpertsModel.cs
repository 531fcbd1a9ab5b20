using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Bidding.Experts;

public static class ExpertsModel
{
    /// <summary>The expert pool's table; called by the draws' model, which reads the pool at each draw.</summary>
    public static ModelBuilder AddExperts(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Expert>(expert =>
        {
            expert.ToTable("experts");
            expert.HasKey(e => e.Id);
            expert.Property(e => e.Code).HasMaxLength(16);
            expert.HasIndex(e => e.Code).IsUnique();
            expert.Property(e => e.Account).HasMaxLength(64);
            expert.Property(e => e.Name).HasMaxLength(64);
            expert.Property(e => e.EmployerName).HasMaxLength(200);
            expert.Property(e => e.EmployerCreditCode).HasMaxLength(18);
            expert.Property(e => e.Specialties).HasJsonConversion();
            expert.Property(e => e.Relations).HasJsonConversion();
        });
        return modelBuilder;
    }
}
