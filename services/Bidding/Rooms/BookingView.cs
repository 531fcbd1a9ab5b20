namespace Platform.Bidding.Rooms;

/// <summary>A booking as the trading centre's staff see it.</summary>
public sealed record BookingView(Guid BookingId, string RoomCode, Guid? ProjectId, string Purpose,
    DateTimeOffset From, DateTimeOffset To, string BookedBy, DateTimeOffset BookedAt)
{
    public static BookingView Of(RoomBooking b, string roomCode) =>
        new(b.Id, roomCode, b.ProjectId, b.Purpose, b.From, b.To, b.BookedBy, b.BookedAt);
}
