namespace Platform.Disclosure.Requests;

public enum RequestStatus
{
    /// <summary>The reply clock runs.</summary>
    Open,
    /// <summary>补正 asked; the clock restarts on the applicant's answer.</summary>
    AwaitingClarification,
    /// <summary>征求第三方意见; these working days do not count.</summary>
    Consulting,
    Replied,
}
