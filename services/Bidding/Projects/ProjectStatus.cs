namespace Platform.Bidding.Projects;

/// <summary>
/// announced (bids accepted until the deadline) → bidding (bids received) → opened (keys being supplied) → evaluating
/// (the opening closed with enough valid bids) → awarded; or failed (流标).
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
}
