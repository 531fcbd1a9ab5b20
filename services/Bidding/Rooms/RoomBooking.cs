namespace Platform.Bidding.Rooms;

/// <summary>
/// A room held for the half-open interval [From, To): a booking ending at 10:00 and one starting then do not clash.
/// </summary>
public sealed class RoomBooking
{
    public Guid Id { get; set; }
    public Guid RoomId { get; set; }

    /// <summary>The trading project served, if any; a plain column.</summary>
    public Guid? ProjectId { get; set; }

    public required string Purpose { get; set; }
    public DateTimeOffset From { get; set; }
    public DateTimeOffset To { get; set; }
    public required string BookedBy { get; set; }
    public DateTimeOffset BookedAt { get; set; }
}
