namespace Platform.Intake.Applications;

public enum ApplicationOutcome
{
    Accepted,
    AwaitingSupplement,
    Rejected,
}
