using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// The case clock of DESIGN §4: due = AddWorkingDays(accepted, promised + stopped + extension); used =
/// WorkingDaysBetween(accepted, completed) − stopped (never below 0). A suspension from day s to resumption on day r
/// stops the working days d with s &lt; d ≤ r.
/// </summary>
public static class CaseClock
{
    public static DateOnly DueDate(WorkingDayCalendar calendar, Case @case) =>
        calendar.AddWorkingDays(@case.AcceptedDate,
            @case.PromisedLimitDays + @case.SuspendedWorkingDays + @case.ExtensionDays);

    public static void Start(Case @case, DateTimeOffset acceptedAt, WorkingDayCalendar calendar)
    {
        @case.AcceptedAt = acceptedAt;
        @case.AcceptedDate = HallTime.DateOf(acceptedAt);
        @case.DueDate = DueDate(calendar, @case);
        @case.CalendarVersion = calendar.Version;
    }

    public static int StoppedDays(WorkingDayCalendar calendar, DateTimeOffset from, DateTimeOffset to) =>
        Math.Max(0, calendar.WorkingDaysBetween(HallTime.DateOf(from), HallTime.DateOf(to)));

    public static void Complete(Case @case, DateTimeOffset completedAt, string result, string? decisionNo,
        WorkingDayCalendar calendar)
    {
        var completedDate = HallTime.DateOf(completedAt);
        var used = Math.Max(0,
            calendar.WorkingDaysBetween(@case.AcceptedDate, completedDate) - @case.SuspendedWorkingDays);
        @case.Status = CaseStatus.Completed;
        @case.CompletedAt = completedAt;
        @case.CompletedDate = completedDate;
        @case.Result = result;
        @case.DecisionNo = decisionNo;
        @case.WorkingDaysUsed = used;
        @case.OnTheSpot = completedDate == @case.AcceptedDate;
        @case.OnTime = used <= @case.PromisedLimitDays + @case.ExtensionDays;
    }

    /// <summary>After a calendar change: every open case's due date, computed again, with the new version.</summary>
    public static async Task RecomputeOpenCasesAsync(IntakeDbContext db, WorkingDayCalendar calendar,
        CancellationToken cancellationToken)
    {
        var open = await db.Cases.Where(c => c.Status != CaseStatus.Completed).ToListAsync(cancellationToken);
        foreach (var @case in open)
        {
            try
            {
                var previous = @case.DueDate;
                @case.DueDate = DueDate(calendar, @case);
                @case.CalendarVersion = calendar.Version;
                if (previous != @case.DueDate)
                {
                    db.AddEvent(new CaseDueDateChanged(@case.CaseNo, @case.DepartmentCode, previous, @case.DueDate,
                        calendar.Version));
                }
            }
            catch (CalendarYearMissingException)
            {
                // Its due date lies in a year still without a notice: it keeps the date and version it had.
            }
        }
    }
}
