namespace Platform.Bidding.Record;

/// <summary>The chain recomputed: valid, or the sequence number of the first broken entry.</summary>
public sealed record Verification(bool Valid, int? BrokenAt, int Entries, string? HeadHash);
