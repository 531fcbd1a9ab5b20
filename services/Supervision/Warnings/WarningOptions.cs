using Platform.WorkingDays;

namespace Platform.Supervision.Warnings;

/// <summary>Section Supervision:Warnings.</summary>
public sealed class WarningOptions
{
    /// <summary>
    /// Yellow when this many working days or fewer are left before the due date (DESIGN §5: N, default 1).
    /// </summary>
    public int YellowWorkingDaysLeft { get; set; } = YellowRule.DefaultWorkingDaysLeft;

    /// <summary>Yellow when this share of the limit is used.</summary>
    public double YellowShareUsed { get; set; } = YellowRule.DefaultShareUsed;

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
