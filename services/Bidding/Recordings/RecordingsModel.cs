using Microsoft.EntityFrameworkCore;

namespace Platform.Bidding.Recordings;

public static class RecordingsModel
{
    /// <summary>The recordings' table; call from OnModelCreating.</summary>
    public static ModelBuilder AddRecordings(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Recording>(recording =>
        {
            recording.ToTable("recordings");
            recording.HasKey(r => r.Id);
            recording.Property(r => r.Kind).HasMaxLength(16);
            recording.Property(r => r.RoomCode).HasMaxLength(16);
            recording.Property(r => r.Uri).HasMaxLength(1000);
            recording.Property(r => r.Sha256).HasMaxLength(64);
            recording.Property(r => r.RecordedBy).HasMaxLength(64);
            recording.HasIndex(r => r.ProjectId);
            recording.HasIndex(r => new { r.PurgedAt, r.RetainUntil });
        });
        return modelBuilder;
    }
}
