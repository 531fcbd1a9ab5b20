using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Intake;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>End of 特别程序: the stopped working days move the due date out.</summary>
static class ResumeStep
{
    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> Resume(string caseNo, ClaimsPrincipal user,
        IntakeDbContext db, IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken) =>
        DepartmentChange.ApplyAsync(caseNo, user, db, cancellationToken, @case =>
        {
            if (@case.Status != CaseStatus.Suspended)
            {
                return Problems.Conflict("case-not-suspended", "办件不在特别程序中。");
            }
            var now = clock.Now;
            var stopped = CaseClock.Resume(@case, now, calendar.Current);
            @case.Timeline.Add(new(now, "resumed", $"恢复计时，特别程序用时 {stopped} 个工作日不计入办理时限"));
            db.AddEvent(new CaseResumed(@case.CaseNo, now, @case.SuspendedWorkingDays, @case.DueDate,
                @case.CalendarVersion, @case.DueDateProvisional));
            return null;
        });
}
