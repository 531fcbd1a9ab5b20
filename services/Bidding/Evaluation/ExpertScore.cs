namespace Platform.Bidding.Evaluation;

/// <summary>
/// An expert's score sheet for a project, signed by the expert's account: who (account and expert code), when, and
/// the SHA-256 of the canonical JSON of the lines, which the record entry "scores" repeats. An upheld 异议 supersedes
/// the sheets (they stay, marked), so the experts score again.
/// </summary>
public sealed class ExpertScore
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string ExpertCode { get; set; }
    public required string Account { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required string Sha256 { get; set; }
    public List<ScoreLine> Lines { get; set; } = [];

    /// <summary>Set when an upheld objection sent the project back to evaluation.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
}
