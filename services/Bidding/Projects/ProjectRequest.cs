namespace Platform.Bidding.Projects;

/// <summary>
/// A project announced by a trading officer (see <see cref="TradingProject"/>). Increment and reserve price are an
/// auction's only (ignored for the other procedures).
/// </summary>
public sealed record ProjectRequest(string? Name, string? Procedure, string? Category, decimal? Budget,
    string? BuyerName, string? BuyerCreditCode, string? EvaluationMethod, decimal? PriceWeight, string? Qualification,
    IReadOnlyList<ProjectDocument>? Documents, DateTimeOffset? BidDeadline,
    decimal? Increment = null, decimal? ReservePrice = null);
