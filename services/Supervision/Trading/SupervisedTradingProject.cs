using Platform.ServiceDefaults.Persistence;

namespace Platform.Supervision.Trading;

/// <summary>
/// Supervision's read model of one 公共资源交易 project, built only from bidding's events. They may arrive in any
/// order, so each fills in its own part; what several of them carry (procedure, budget, valid bids) is taken from the
/// award once it is known, whichever arrived last, so the result does not depend on the order. Every event of the
/// project bumps its stamp, so two of them applied at once cannot both win. Dates are hall dates.
/// </summary>
public sealed class SupervisedTradingProject : IConcurrencyStamped
{
    public Guid ProjectId { get; set; }

    /// <summary>open-tender, inquiry, negotiation, fixed-price or auction.</summary>
    public string? Procedure { get; set; }

    public string? Category { get; set; }

    /// <summary>Budget or control price in yuan (an auction's start price).</summary>
    public decimal? Budget { get; set; }

    public DateOnly? AnnouncedDate { get; set; }
    public DateOnly? OpenedDate { get; set; }
    public int? BidsReceived { get; set; }
    public int? ValidBids { get; set; }

    /// <summary>流标.</summary>
    public DateOnly? FailedDate { get; set; }

    public DateOnly? AwardedDate { get; set; }
    public decimal? AwardAmount { get; set; }
    public DateOnly? ContractSignedDate { get; set; }

    /// <summary>Signed within 30 days of the award, as bidding judged it (its event says so).</summary>
    public bool? ContractWithinDeadline { get; set; }

    public int ConcurrencyStamp { get; set; }
}
