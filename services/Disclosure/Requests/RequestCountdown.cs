namespace Platform.Disclosure.Requests;

/// <summary>
/// A request's clock read on one day: working days left (0 on the due date, negative after it; null while the clock
/// is stopped or once replied) and its colour, none, yellow or red.
/// </summary>
public sealed record RequestCountdown(int? WorkingDaysLeft, string Warning)
{
    public static readonly RequestCountdown Stopped = new(null, "none");
}
