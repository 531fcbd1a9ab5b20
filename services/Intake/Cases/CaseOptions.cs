namespace Platform.Intake.Cases;

/// <summary>Section Intake.</summary>
public sealed class CaseOptions
{
    /// <summary>
    /// A rating by the second factor (no account) is taken within this many working days of completion (好差评 is
    /// given on the service just received; later, a stranger who learnt the code could still rate).
    /// </summary>
    public int RatingWindowWorkingDays { get; set; } = 15;
}
