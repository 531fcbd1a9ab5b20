namespace Platform.Bidding.Award;

/// <summary>
/// The award: empty BidId takes the first of the published candidates; BidId names another candidate (when the
/// first declined or was found unable to perform).
/// </summary>
public sealed record AwardRequest(Guid? BidId);
