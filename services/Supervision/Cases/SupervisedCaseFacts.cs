using Platform.Contracts.Intake;
using Platform.Supervision.Data;
using Platform.Supervision.Ratings;
using Platform.WorkingDays;

namespace Platform.Supervision.Cases;

/// <summary>
/// What intake's case events tell supervision's row of a case, the same whether an event came alone (live work) or
/// in a slice of imported history (<see cref="CaseHistoryImportedConsumer"/>). Events of one case may arrive in any
/// order: each fills in its own part.
/// </summary>
static class SupervisedCaseFacts
{
    public static void Accepted(SupervisedCase @case, ApplicationAccepted m)
    {
        @case.MatterCode = m.MatterCode;
        @case.DepartmentCode = m.DepartmentCode;
        @case.WindowNo = m.WindowNo;
        @case.Instant = m.HandlingKind == "instant";
        @case.StatutoryLimitDays = m.StatutoryLimitDays;
        @case.PromisedLimitDays = m.PromisedLimitDays;
        @case.AcceptedDate = HallTime.DateOf(m.AcceptedAt);
        if (@case.DueDate is null)
        {
            @case.DueDate = m.DueDate;
            @case.DueDateProvisional = m.DueDateProvisional;
        }
        @case.CalendarVersion ??= m.CalendarVersion;
        @case.CompletionFollows = m.CompletionFollows && @case.CompletedDate is null;
        @case.Channel = m.Channel;
        @case.PointCode = m.PointCode;
        @case.PointLevel = m.PointLevel;
        // A delivery that overtook this event carries the final count, the acceptance only the count so far (the
        // caller holds the row since it read it, so no delivery commits in between).
        if (@case.DeliveredDate is null)
        {
            @case.Visits = m.Visits;
        }
    }

    public static void Completed(SupervisedCase @case, CaseCompleted m)
    {
        @case.MatterCode ??= m.MatterCode;
        @case.DepartmentCode ??= m.DepartmentCode;
        @case.WindowNo ??= m.WindowNo;
        @case.StatutoryLimitDays ??= m.StatutoryLimitDays;
        @case.PromisedLimitDays = m.PromisedLimitDays;
        @case.AcceptedDate ??= HallTime.DateOf(m.AcceptedAt);
        // A recount (CaseWorkingDaysRecounted) that overtook this event holds the newer figures: keep them.
        var recountedFirst = @case.CompletedDate is null && @case.WorkingDaysUsed is not null;
        if (!recountedFirst)
        {
            @case.WorkingDaysUsed = m.WorkingDaysUsed;
            @case.WorkingDaysProvisional = m.WorkingDaysProvisional;
            @case.OnTime = m.OnTime;
        }
        @case.CompletedDate = HallTime.DateOf(m.CompletedAt);
        @case.CompletionFollows = false;
        @case.OnTheSpot = m.OnTheSpot;
    }

    /// <summary>The rating joins the case; a 差评 (score ≤ 2) opens a rectification item with its deadline.</summary>
    public static void Rated(SupervisionDbContext db, SupervisedCase @case, CaseRated m, WorkingDayCalendar calendar,
        IConfiguration configuration)
    {
        @case.DepartmentCode ??= m.DepartmentCode;
        @case.WindowNo ??= m.WindowNo;
        @case.Rating = m.Score;
        @case.RatedDate = HallTime.DateOf(m.RatedAt);
        if (m.Score > 2)
        {
            return;
        }
        var opened = HallTime.DateOf(m.RatedAt);
        var deadline = RectificationDeadline.For(calendar, configuration, opened);
        db.Rectifications.Add(new Rectification
        {
            Id = Guid.NewGuid(),
            CaseNo = m.CaseNo,
            DepartmentCode = m.DepartmentCode,
            WindowNo = m.WindowNo,
            Score = m.Score,
            Category = m.Category,
            Comment = m.Comment,
            OpenedDate = opened,
            DeadlineDate = deadline.Date,
            DeadlineProvisional = deadline.Provisional,
        });
    }
}
