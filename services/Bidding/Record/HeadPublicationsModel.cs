using Microsoft.EntityFrameworkCore;

namespace Platform.Bidding.Record;

public static class HeadPublicationsModel
{
    /// <summary>The daily head publications and their digests; call from OnModelCreating.</summary>
    public static ModelBuilder AddHeadPublications(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HeadPublication>(head =>
        {
            head.ToTable("head_publications");
            head.HasKey(h => new { h.Date, h.ProjectId });
            head.Property(h => h.Hash).HasMaxLength(64);
        });
        modelBuilder.Entity<HeadDigest>(digest =>
        {
            digest.ToTable("head_digests");
            digest.HasKey(d => d.Date);
            digest.Property(d => d.Digest).HasMaxLength(64);
        });
        return modelBuilder;
    }
}
