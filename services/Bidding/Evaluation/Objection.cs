namespace Platform.Bidding.Evaluation;

/// <summary>
/// 异议 of a registered bidder against the published candidates, raised during the publicity. Open while
/// <see cref="DecidedAt"/> is null: the award waits, and recordings of the project are kept.
/// </summary>
public sealed class Objection
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Account { get; set; }
    public required string FirmName { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public bool? Upheld { get; set; }
    public string? Reply { get; set; }
    public string? DecidedBy { get; set; }
}
