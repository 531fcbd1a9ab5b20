using Platform.Bidding.Bids;

namespace Platform.Bidding.Opening;

/// <summary>The opening hall's board: when it opened, until when keys are taken, and every bid.</summary>
public sealed record OpeningView(Guid ProjectId, string Status, DateTimeOffset OpenedAt, DateTimeOffset KeysDueAt,
    DateTimeOffset? ClosedAt, int? ValidBids, IReadOnlyList<OpenedBidView> Bids);
