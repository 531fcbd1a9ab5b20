namespace Platform.Bidding.Record;

/// <summary>One published date of the list: its digest and how many projects it covers.</summary>
public sealed record PublishedDay(DateOnly Date, DateTimeOffset PublishedAt, string Digest, int Projects);
