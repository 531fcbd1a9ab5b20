namespace Platform.Bidding.Rooms;

/// <summary>A room to add to the trading centre's list.</summary>
public sealed record RoomRequest(string? Code, string? Name, string? Kind);
