namespace Platform.Intake.Applications;

public enum ApplicationOutcome
{
    Accepted,
    AwaitingSupplement,
    Rejected,

    /// <summary>待预审: submitted online (or handed over by an agent); the responsible window has not decided.</summary>
    PendingReview,

    /// <summary>待交接: taken in by an agent; the paper materials have not reached the county hall yet.</summary>
    AwaitingHandover,
}
