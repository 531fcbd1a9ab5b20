using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// The case clock of DESIGN §4, on the platform's deadline rules (<see cref="Deadlines"/>): due = the
/// (promised + stopped + extension)-th working day after acceptance; used = working days from acceptance to
/// completion − stopped (never below 0). A suspension from day s to resumption on day r stops the working days d
/// with s &lt; d ≤ r.
/// A due date that reaches a year without a holiday notice is provisional until the notice is loaded.
/// </summary>
public static class CaseClock
{
    public static Deadline DueDate(WorkingDayCalendar calendar, Case @case) =>
        Deadlines.Due(calendar, @case.AcceptedDate,
            @case.PromisedLimitDays + @case.SuspendedWorkingDays + @case.ExtensionDays);

    public static void Start(Case @case, DateTimeOffset acceptedAt, WorkingDayCalendar calendar)
    {
        @case.AcceptedAt = acceptedAt;
        @case.AcceptedDate = HallTime.DateOf(acceptedAt);
        Redate(@case, calendar);
    }

    /// <summary>
    /// The due date computed again (after a suspension, an extension or a calendar change), with its version; the
    /// stopped working days are recounted from their dates, so a provisional count becomes a real one too.
    /// </summary>
    public static void Redate(Case @case, WorkingDayCalendar calendar)
    {
        var stoppedProvisional = RecountStopped(@case, calendar);
        var due = DueDate(calendar, @case);
        @case.DueDate = due.Date;
        @case.DueDateProvisional = due.Provisional || stoppedProvisional;
        @case.CalendarVersion = calendar.Version;
    }

    /// <summary>The clock runs again: the 特别程序 since it was suspended is recorded and counted.</summary>
    public static int Resume(Case @case, DateTimeOffset resumedAt, WorkingDayCalendar calendar)
    {
        var period = new StoppedPeriod(HallTime.DateOf(@case.SuspendedSince!.Value), HallTime.DateOf(resumedAt));
        @case.StoppedPeriods = [.. @case.StoppedPeriods ?? [], period];
        @case.SuspendedSince = null;
        @case.Status = CaseStatus.Open;
        var before = @case.SuspendedWorkingDays;
        Redate(@case, calendar);
        return @case.SuspendedWorkingDays - before;
    }

    /// <summary>Live work's stopped days from their dates; imported history keeps the number it brought.</summary>
    static bool RecountStopped(Case @case, WorkingDayCalendar calendar)
    {
        if (@case.StoppedPeriods is null)
        {
            return false;
        }
        var stopped = Deadlines.Stopped(calendar, @case.StoppedPeriods);
        @case.SuspendedWorkingDays = stopped.Days;
        return stopped.Provisional;
    }

    public static void Complete(Case @case, DateTimeOffset completedAt, string result, string? decisionNo,
        WorkingDayCalendar calendar)
    {
        var completedDate = HallTime.DateOf(completedAt);
        var stoppedProvisional = RecountStopped(@case, calendar);
        var used = Deadlines.Used(calendar, @case.AcceptedDate, completedDate, @case.SuspendedWorkingDays);
        @case.Status = CaseStatus.Completed;
        @case.CompletedAt = completedAt;
        @case.CompletedDate = completedDate;
        @case.Result = result;
        @case.DecisionNo = decisionNo;
        @case.WorkingDaysUsed = used.Days;
        @case.WorkingDaysProvisional = used.Provisional || stoppedProvisional;
        @case.OnTheSpot = completedDate == @case.AcceptedDate;
        @case.OnTime = used.Days <= @case.PromisedLimitDays + @case.ExtensionDays;
    }

    /// <summary>
    /// After a calendar change: every open case's due date, computed again, with the new version; a moved or no longer
    /// provisional date is announced (CaseDueDateChanged).
    /// </summary>
    public static async Task RecomputeOpenCasesAsync(IntakeDbContext db, WorkingDayCalendar calendar,
        CancellationToken cancellationToken)
    {
        await RecountProvisionalCompletionsAsync(db, calendar, cancellationToken);
        var open = await db.Cases.Where(c => c.Status != CaseStatus.Completed).ToListAsync(cancellationToken);
        foreach (var @case in open)
        {
            var previous = new Deadline(@case.DueDate, @case.DueDateProvisional);
            Redate(@case, calendar);
            if (previous != new Deadline(@case.DueDate, @case.DueDateProvisional))
            {
                db.AddEvent(new CaseDueDateChanged(@case.CaseNo, @case.DepartmentCode, previous.Date, @case.DueDate,
                    calendar.Version, @case.DueDateProvisional));
            }
        }
    }

    /// <summary>
    /// Completed cases counted provisionally are counted again with the new calendar; a changed figure is announced
    /// (CaseWorkingDaysRecounted) so supervision's rates follow.
    /// </summary>
    static async Task RecountProvisionalCompletionsAsync(IntakeDbContext db, WorkingDayCalendar calendar,
        CancellationToken cancellationToken)
    {
        var provisional = await db.Cases
            .Where(c => c.Status == CaseStatus.Completed && c.WorkingDaysProvisional)
            .ToListAsync(cancellationToken);
        foreach (var @case in provisional)
        {
            var before = (@case.WorkingDaysUsed, @case.OnTime, @case.WorkingDaysProvisional);
            Complete(@case, @case.CompletedAt!.Value, @case.Result!, @case.DecisionNo, calendar);
            @case.CalendarVersion = calendar.Version;
            if (before != (@case.WorkingDaysUsed, @case.OnTime, @case.WorkingDaysProvisional))
            {
                db.AddEvent(new CaseWorkingDaysRecounted(@case.CaseNo, @case.DepartmentCode,
                    @case.WorkingDaysUsed!.Value, @case.SuspendedWorkingDays, @case.OnTime!.Value, calendar.Version,
                    @case.WorkingDaysProvisional));
            }
        }
    }
}
