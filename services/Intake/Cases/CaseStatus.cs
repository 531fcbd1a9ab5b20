namespace Platform.Intake.Cases;

public enum CaseStatus
{
    Open,
    Suspended,
    Completed,
}
