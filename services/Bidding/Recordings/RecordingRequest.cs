namespace Platform.Bidding.Recordings;

/// <summary>A recording to register: where it is and its hash, with the session's times.</summary>
public sealed record RecordingRequest(string? Kind, Guid? DrawId, string? RoomCode, DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt, string? Uri, string? Sha256);
