namespace Platform.WorkingDays;

/// <summary>
/// When an open clock turns yellow: at most <paramref name="WorkingDaysLeft"/> working days before its due date, or
/// (when set) once <paramref name="ShareUsed"/> of its limit is used.
/// </summary>
public sealed record YellowRule(int WorkingDaysLeft, double? ShareUsed = null)
{
    /// <summary>
    /// The configuration section of the hall's case thresholds (DESIGN §5): supervision raises warnings by them and
    /// intake colours the approver's list by them, so both read the same keys with the same defaults.
    /// </summary>
    public const string CaseSection = "Supervision:Warnings";

    /// <summary>DESIGN §5's N, default 1.</summary>
    public const int DefaultWorkingDaysLeft = 1;

    public const double DefaultShareUsed = 0.8;
}
