namespace Platform.Bidding.Recordings;

/// <summary>A recording as staff and supervisors see it; OnHold when an open objection holds the purge.</summary>
public sealed record RecordingView(Guid RecordingId, Guid ProjectId, string Kind, Guid? DrawId, string? RoomCode,
    DateTimeOffset StartedAt, DateTimeOffset EndedAt, string? Uri, string Sha256, DateTimeOffset RetainUntil,
    bool OnHold, string RecordedBy, DateTimeOffset RecordedAt, DateTimeOffset? PurgedAt)
{
    public static RecordingView Of(Recording r, bool onHold) => new(r.Id, r.ProjectId, r.Kind, r.DrawId, r.RoomCode,
        r.StartedAt, r.EndedAt, r.Uri, r.Sha256, r.RetainUntil, onHold && r.PurgedAt is null, r.RecordedBy,
        r.RecordedAt, r.PurgedAt);
}
