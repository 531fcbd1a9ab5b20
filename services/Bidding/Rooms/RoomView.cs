namespace Platform.Bidding.Rooms;

/// <summary>A room as the trading centre's staff see it.</summary>
public sealed record RoomView(string Code, string Name, string Kind, DateTimeOffset CreatedAt)
{
    public static RoomView Of(Room r) => new(r.Code, r.Name, r.Kind, r.CreatedAt);
}
