namespace Platform.Bidding.Record;

/// <summary>
/// A project's head (last seq and hash) as published on a hall date: a chain rewritten later no longer reaches it.
/// </summary>
public sealed class HeadPublication
{
    public DateOnly Date { get; set; }
    public Guid ProjectId { get; set; }
    public int Seq { get; set; }
    public required string Hash { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
