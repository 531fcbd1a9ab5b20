using Microsoft.Extensions.Options;
using Platform.Disclosure.Calendar;
using Platform.WorkingDays;

namespace Platform.Disclosure.Requests;

/// <summary>
/// Turns requests into their views with the clock read today, by the rule of the deadline watch (yellow within
/// Disclosure:YellowWorkingDays of the due date, red once a working day after it has begun), so the officer's list
/// shows the colours the warnings are raised with.
/// </summary>
public sealed class RequestViews(DisclosureCalendar calendar, HallClock clock, IOptions<DisclosureOptions> options)
{
    public RequestView Of(DisclosureRequest request) => RequestView.Of(request, Countdown(request));

    RequestCountdown Countdown(DisclosureRequest request)
    {
        if (request.Status != RequestStatus.Open || request.DueDate is not { } due)
        {
            return RequestCountdown.Stopped;
        }
        var current = calendar.Current;
        var today = HallTime.DateOf(clock.Now);
        var level = Deadlines.Level(current, request.ClockStartDate, due, today,
            new YellowRule(options.Value.YellowWorkingDays));
        var warning = level switch
        {
            DeadlineLevel.Red => "red",
            DeadlineLevel.Yellow => "yellow",
            _ => "none",
        };
        return new RequestCountdown(current.CountWorkingDays(today, due).Days, warning);
    }
}
