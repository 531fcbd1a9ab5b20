using Platform.ServiceDefaults.Persistence;

namespace Platform.Bidding.Rooms;

/// <summary>
/// A room of the trading centre (开标室, 评标室, 抽取室, 拍卖室). Concurrency-stamped and touched by every booking, so two
/// overlapping bookings made at once cannot both be stored: the second save fails and is answered with a 409.
/// </summary>
public sealed class Room : IConcurrencyStamped
{
    public Guid Id { get; set; }

    /// <summary>The room's public code, e.g. KB-01; unique, the route key.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>One of <see cref="RoomKinds.All"/>.</summary>
    public required string Kind { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the bookings last changed; written by every booking and cancellation to bump the stamp.</summary>
    public DateTimeOffset? BookingsChangedAt { get; set; }

    public int ConcurrencyStamp { get; set; }
}
