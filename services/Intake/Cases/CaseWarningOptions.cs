using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// Section Supervision:Warnings (<see cref="YellowRule.CaseSection"/>), the keys and defaults supervision raises its
/// warnings by: the approver's list shows the colour supervision will judge.
/// </summary>
public sealed class CaseWarningOptions
{
    public int YellowWorkingDaysLeft { get; set; } = YellowRule.DefaultWorkingDaysLeft;

    public double YellowShareUsed { get; set; } = YellowRule.DefaultShareUsed;

    public YellowRule Rule => new(YellowWorkingDaysLeft, YellowShareUsed);
}
