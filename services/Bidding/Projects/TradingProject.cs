using Platform.ServiceDefaults.Persistence;

namespace Platform.Bidding.Projects;

/// <summary>
/// A trading project (交易项目) from its announcement to the contract. The bid deadline is an instant; the opening
/// window is how long bidders have to supply their keys after the opening.
/// </summary>
public sealed class TradingProject : IConcurrencyStamped
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Procedure { get; set; }
    public required string Category { get; set; }

    /// <summary>Budget or control price (the start price of an auction), yuan.</summary>
    public decimal Budget { get; set; }

    public required string BuyerName { get; set; }
    public required string BuyerCreditCode { get; set; }
    public required string EvaluationMethod { get; set; }

    /// <summary>The price weight (0–100 points) of a weighted evaluation.</summary>
    public decimal? PriceWeight { get; set; }

    public string? Qualification { get; set; }
    public List<ProjectDocument> Documents { get; set; } = [];
    public List<Amendment> Amendments { get; set; } = [];
    public ProjectStatus Status { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset AnnouncedAt { get; set; }
    public DateTimeOffset BidDeadline { get; set; }
    public TimeSpan OpeningWindow { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? OpeningClosedAt { get; set; }
    public int? ValidBids { get; set; }

    /// <summary>中标候选人 in rank order, published with the publicity; empty before it or after an upheld 异议.</summary>
    public List<Candidate> Candidates { get; set; } = [];

    /// <summary>The end of the candidates' publicity (at least 3 calendar days): no award before it.</summary>
    public DateTimeOffset? PublicityEndsAt { get; set; }

    public string? FailureReason { get; set; }
    public DateTimeOffset? FailedAt { get; set; }
    public Guid? WinningBidId { get; set; }
    public string? Winner { get; set; }
    public decimal? AwardAmount { get; set; }
    public DateTimeOffset? AwardedAt { get; set; }
    public DateTimeOffset? ContractSignedAt { get; set; }

    /// <summary>An auction's 加价幅度, yuan: each bid after the first at least this much above the highest.</summary>
    public decimal? Increment { get; set; }

    /// <summary>An auction's 保留价, yuan: secret until the close; null when any bid at the start price wins.</summary>
    public decimal? ReservePrice { get; set; }

    /// <summary>竣工: the works finished, which frees the winner of a 固定价比选 for the next selections.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    public int ConcurrencyStamp { get; set; }

    public DateTimeOffset KeysDueAt => OpenedAt!.Value + OpeningWindow;
}
