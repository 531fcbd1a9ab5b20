namespace Platform.Disclosure.Publications;

public enum PublicationStatus
{
    Draft,
    /// <summary>保密审查: submitted, waiting for a reviewer other than the author.</summary>
    InReview,
    Approved,
    Published,
    Withdrawn,
}
