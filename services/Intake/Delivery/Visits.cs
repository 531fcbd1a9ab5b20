using Platform.Intake.Cases;

namespace Platform.Intake.Delivery;

/// <summary>跑动次数 the delivery adds: post and electronic none.</summary>
static class Visits
{
    /// <summary>
    /// Collecting at a window is a trip in person, unless a window case was completed on the spot: the applicant was
    /// still there and took the result home from the same visit.
    /// </summary>
    public static int ForWindowCollection(Case @case) =>
        @case.Channel == ApplicationChannels.Window && @case.OnTheSpot == true ? 0 : 1;
}
