namespace Platform.Bidding.Projects;

/// <summary>
/// announced (bids accepted until the deadline) → bidding (bids received) → opened (keys being supplied) → evaluating
/// (the opening closed with enough valid bids) → awarded; or failed (流标). An auction goes announced → auctioning
/// (bids in the open, from the start to the close) → awarded or failed.
/// </summary>
public enum ProjectStatus
{
    Announced,
    Bidding,
    Opened,
    Evaluating,
    Candidates,
    Awarded,
    Failed,
    Auctioning,
}
