namespace Platform.Bidding.Projects;

/// <summary>
/// A project as published: never a price before the opening (there is none to show: bids are sealed), nor an
/// auction's reserve price before its close (<see cref="ForOfficer"/> shows it to the trading centre). Status is the
/// public one (announced, bidding, opened, evaluating, candidates, awarded, failed, auctioning).
/// </summary>
public sealed record ProjectView(Guid Id, string Name, string Procedure, string Category, decimal Budget,
    string BuyerName, string BuyerCreditCode, string EvaluationMethod, decimal? PriceWeight, string? Qualification,
    IReadOnlyList<ProjectDocument> Documents, IReadOnlyList<Amendment> Amendments, string Status,
    DateTimeOffset AnnouncedAt, DateTimeOffset BidDeadline, DateTimeOffset? OpenedAt, DateTimeOffset? KeysDueAt,
    int? ValidBids, string? FailureReason, string? Winner, decimal? AwardAmount, DateTimeOffset? AwardedAt,
    DateTimeOffset? ContractSignedAt, IReadOnlyList<Candidate> Candidates, DateTimeOffset? PublicityEndsAt,
    DateTimeOffset? ContractDueAt, decimal? Increment, decimal? ReservePrice, DateTimeOffset? CompletedAt)
{
    /// <summary>The contract is due within this many days of the award (DESIGN §6).</summary>
    public const int ContractDays = 30;

    public static ProjectView Of(TradingProject p) => Of(p, ReserveRevealed(p));

    /// <summary>The trading centre's view: the reserve price even before the close.</summary>
    public static ProjectView ForOfficer(TradingProject p) => Of(p, showReserve: true);

    static ProjectView Of(TradingProject p, bool showReserve) => new(p.Id, p.Name, p.Procedure, p.Category,
        p.Budget, p.BuyerName, p.BuyerCreditCode, p.EvaluationMethod, p.PriceWeight, p.Qualification, p.Documents,
        p.Amendments, StatusName(p.Status), p.AnnouncedAt, p.BidDeadline, p.OpenedAt,
        p.OpenedAt is null || p.Procedure == Procedures.Auction ? null : p.KeysDueAt, p.ValidBids, p.FailureReason,
        p.Winner, p.AwardAmount, p.AwardedAt, p.ContractSignedAt, p.Candidates, p.PublicityEndsAt,
        p.AwardedAt?.AddDays(ContractDays), p.Increment, showReserve ? p.ReservePrice : null, p.CompletedAt);

    /// <summary>An auction's reserve price is published with its result, never while bids may still come.</summary>
    public static bool ReserveRevealed(TradingProject p) =>
        p.OpeningClosedAt is not null && p.Status is ProjectStatus.Awarded or ProjectStatus.Failed;

    public static string StatusName(ProjectStatus status) => status.ToString().ToLowerInvariant();
}
