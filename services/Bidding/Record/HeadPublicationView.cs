namespace Platform.Bidding.Record;

/// <summary>A day's publication: its digest and the heads it covers, as anyone reads it.</summary>
public sealed record HeadPublicationView(DateOnly Date, DateTimeOffset PublishedAt, string Digest,
    IReadOnlyList<HeadHash> Heads);
