namespace Platform.Bidding.Projects;

/// <summary>A project announced by a trading officer (see <see cref="TradingProject"/>).</summary>
public sealed record ProjectRequest(string? Name, string? Procedure, string? Category, decimal? Budget,
    string? BuyerName, string? BuyerCreditCode, string? EvaluationMethod, decimal? PriceWeight, string? Qualification,
    IReadOnlyList<ProjectDocument>? Documents, DateTimeOffset? BidDeadline);
