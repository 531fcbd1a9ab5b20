namespace Platform.Bidding.Recordings;

/// <summary>
/// An audio-video recording (音视频) of a session: evidence kept for the retention period, then purged. The record
/// keeps its hash for good, so a copy handed over later can still be checked against it.
/// </summary>
public sealed class Recording
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }

    /// <summary>One of <see cref="RecordingKinds.All"/>.</summary>
    public required string Kind { get; set; }

    public Guid? DrawId { get; set; }
    public string? RoomCode { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset EndedAt { get; set; }

    /// <summary>Where the file is (http/https address or storage key); cleared by the purge.</summary>
    public string? Uri { get; set; }

    /// <summary>SHA-256 of the file, lowercase hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>EndedAt plus the retention days; an open objection of the project holds the purge past it.</summary>
    public DateTimeOffset RetainUntil { get; set; }

    public required string RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? PurgedAt { get; set; }
}
