namespace Platform.Intake.Cases;

/// <summary>The day's running number of accepted cases.</summary>
public sealed class CaseCounter
{
    public DateOnly Date { get; set; }
    public int Last { get; set; }
}
