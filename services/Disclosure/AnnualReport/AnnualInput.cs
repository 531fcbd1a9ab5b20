namespace Platform.Disclosure.AnnualReport;

/// <summary>
/// What the annual report takes from people rather than from the registers: the decision counts and fees of 第二十条
/// (五)(六)(八), the administrative review and litigation counts of section 4, and the narrative sections.
/// </summary>
public sealed class AnnualInput
{
    public int Year { get; set; }
    public int LicensingDecisions { get; set; }
    public int PenaltyDecisions { get; set; }
    public int EnforcementDecisions { get; set; }
    /// <summary>行政事业性收费, in 万元 as the template prints it.</summary>
    public decimal FeesWanYuan { get; set; }
    public ReviewCounts Review { get; set; } = ReviewCounts.None;
    public ReviewCounts LitigationDirect { get; set; } = ReviewCounts.None;
    public ReviewCounts LitigationAfterReview { get; set; } = ReviewCounts.None;
    public string? Overview { get; set; }
    public string? Problems { get; set; }
    public string? OtherMatters { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
