namespace Platform.Disclosure.AnnualReport;

public sealed record AnnualFigures(
    int? Licensing,
    int? Penalty,
    int? Enforcement,
    decimal? FeesWanYuan,
    ReviewCounts? Review,
    ReviewCounts? LitigationDirect,
    ReviewCounts? LitigationAfterReview);
