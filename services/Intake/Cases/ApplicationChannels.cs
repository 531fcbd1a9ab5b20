namespace Platform.Intake.Cases;

/// <summary>
/// How an application reached the hall. Visits (trips in person) follow from it: a window application is one trip
/// (two when a one-time notice sent the applicant home for the rest), an online one none, an agent's one (the
/// resident's trip to the near-home point, or the agent's visit to them).
/// </summary>
public static class ApplicationChannels
{
    public const string Window = "window";
    public const string Online = "online";
    public const string Agent = "agent";

    public static readonly IReadOnlyList<string> All = [Window, Online, Agent];
}
