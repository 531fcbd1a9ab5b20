using Platform.WorkingDays;

namespace Platform.Approval.Stages;

/// <summary>
/// The stage clock of DESIGN §6 on the platform's deadline rules (<see cref="Deadlines"/>): a task is due on the
/// (promised + stopped)-th working day after the stage's acceptance, the stage on the (limit + stopped)-th; a
/// supplement request stops every task's clock until the applicant answers (from day s to day r the working days
/// s &lt; d ≤ r do not count). Task used = working days from acceptance to the decision less the stage's stopped days
/// so far; stage used the same to the last approval; saved = serial − used.
/// </summary>
public static class StageClock
{
    public static void Start(StageApplication stage, DateTimeOffset acceptedAt, WorkingDayCalendar calendar)
    {
        stage.AcceptedAt = acceptedAt;
        stage.AcceptedDate = HallTime.DateOf(acceptedAt);
        stage.LimitDays = stage.Tasks.Max(t => t.PromisedLimitDays);
        stage.SerialWorkingDays = stage.Tasks.Sum(t => t.StatutoryLimitDays ?? 0);
        stage.Status = StageStatus.InProgress;
        Redate(stage, calendar);
    }

    /// <summary>Due dates of the stage and its open tasks computed again (after a stop or a calendar change).</summary>
    public static void Redate(StageApplication stage, WorkingDayCalendar calendar)
    {
        var stoppedProvisional = false;
        if (stage.StoppedPeriods is { } periods)
        {
            var stopped = Deadlines.Stopped(calendar, periods);
            stage.SuspendedWorkingDays = stopped.Days;
            stoppedProvisional = stopped.Provisional;
        }
        var accepted = stage.AcceptedDate!.Value;
        var due = Deadlines.Due(calendar, accepted, stage.LimitDays + stage.SuspendedWorkingDays);
        stage.DueDate = due.Date;
        stage.DueDateProvisional = due.Provisional || stoppedProvisional;
        stage.CalendarVersion = calendar.Version;
        foreach (var task in stage.Tasks.Where(t => t.IsOpen))
        {
            var taskDue = Deadlines.Due(calendar, accepted, task.PromisedLimitDays + stage.SuspendedWorkingDays);
            task.DueDate = taskDue.Date;
            task.DueDateProvisional = taskDue.Provisional || stoppedProvisional;
        }
    }

    public static void Stop(StageApplication stage, DateTimeOffset at)
    {
        stage.StoppedSince = at;
        stage.Status = StageStatus.Stopped;
    }

    /// <summary>The applicant answered: the stop is recorded as a period and the due dates move.</summary>
    public static void Resume(StageApplication stage, DateTimeOffset at, WorkingDayCalendar calendar)
    {
        var period = new StoppedPeriod(HallTime.DateOf(stage.StoppedSince!.Value), HallTime.DateOf(at));
        stage.StoppedPeriods = [.. stage.StoppedPeriods ?? [], period];
        stage.StoppedSince = null;
        stage.Status = StageStatus.InProgress;
        Redate(stage, calendar);
    }

    /// <summary>A department's decision fixes its task's working days used and whether it was on time.</summary>
    public static void Decide(StageApplication stage, ApprovalTask task, ApprovalTaskStatus decision,
        DateTimeOffset at, WorkingDayCalendar calendar)
    {
        task.Status = decision;
        task.DecidedAt = at;
        task.DecidedDate = HallTime.DateOf(at);
        task.SuspendedWorkingDays = stage.SuspendedWorkingDays;
        task.WorkingDaysUsed = Deadlines.Used(calendar, stage.AcceptedDate!.Value, task.DecidedDate.Value,
            stage.SuspendedWorkingDays).Days;
        task.OnTime = task.WorkingDaysUsed <= task.PromisedLimitDays;
    }

    /// <summary>Every task approved: the stage completes on the latest decision.</summary>
    public static void Complete(StageApplication stage, WorkingDayCalendar calendar)
    {
        var last = stage.Tasks.Max(t => t.DecidedAt!.Value);
        stage.Status = StageStatus.Completed;
        stage.CompletedAt = last;
        stage.CompletedDate = HallTime.DateOf(last);
        stage.WorkingDaysUsed = Deadlines.Used(calendar, stage.AcceptedDate!.Value, stage.CompletedDate.Value,
            stage.SuspendedWorkingDays).Days;
        stage.OnTime = stage.WorkingDaysUsed <= stage.LimitDays;
    }

    public static int Saved(StageApplication stage) => stage.SerialWorkingDays - stage.WorkingDaysUsed!.Value;

    /// <summary>Working days left to a due date from today (negative once past it), for the timeline.</summary>
    public static int DaysLeft(WorkingDayCalendar calendar, DateOnly due, DateOnly today) =>
        today <= due ? calendar.CountWorkingDays(today, due).Days : -calendar.CountWorkingDays(due, today).Days;
}
