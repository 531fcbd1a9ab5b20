namespace Platform.Contracts.Intake;

/// <summary>
/// The applicant (or the case's agent) answered a one-time notice online: the named materials were uploaded and the
/// application waits for 预审 again. The clock has still not started.
/// </summary>
public sealed record OnlineSupplementSubmitted(Guid ApplicationId, IReadOnlyList<string> Materials,
    DateTimeOffset SubmittedAt);
