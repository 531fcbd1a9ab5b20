namespace Platform.Bidding.Record;

/// <summary>
/// One per published hall date: SHA-256 over the day's sorted "projectId seq hash" lines, short enough to print in a
/// newspaper or a supervisor's log, which then vouches for every head of the day.
/// </summary>
public sealed class HeadDigest
{
    public DateOnly Date { get; set; }
    public required string Digest { get; set; }
    public int Projects { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
