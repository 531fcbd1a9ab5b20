using Microsoft.EntityFrameworkCore;

namespace Platform.Bidding.Rooms;

public static class RoomsModel
{
    /// <summary>The rooms and their bookings; call from OnModelCreating (before the concurrency stamps).</summary>
    public static ModelBuilder AddRooms(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Room>(room =>
        {
            room.ToTable("rooms");
            room.HasKey(r => r.Id);
            room.Property(r => r.Code).HasMaxLength(16);
            room.HasIndex(r => r.Code).IsUnique();
            room.Property(r => r.Name).HasMaxLength(64);
            room.Property(r => r.Kind).HasMaxLength(16);
        });
        modelBuilder.Entity<RoomBooking>(booking =>
        {
            booking.ToTable("room_bookings");
            booking.HasKey(b => b.Id);
            booking.Property(b => b.Purpose).HasMaxLength(200);
            booking.Property(b => b.BookedBy).HasMaxLength(64);
            booking.HasIndex(b => new { b.RoomId, b.From });
        });
        return modelBuilder;
    }
}
