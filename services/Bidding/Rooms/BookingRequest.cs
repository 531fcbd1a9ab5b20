namespace Platform.Bidding.Rooms;

/// <summary>A booking of a room; instants in ISO 8601 with their offset.</summary>
public sealed record BookingRequest(Guid? ProjectId, string? Purpose, DateTimeOffset? From, DateTimeOffset? To);
