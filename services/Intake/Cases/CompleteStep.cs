using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>办结: the department's decision, with its document number; the clock fixes used days and on-time.</summary>
static class CompleteStep
{
    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> Complete(string caseNo, CompleteRequest request,
        ClaimsPrincipal user, IntakeDbContext db, IntakeCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        DepartmentChange.ApplyAsync(caseNo, user, db, cancellationToken, @case =>
        {
            if (request.Result is not ("approved" or "denied"))
            {
                return CaseProblems.Invalid("result", "办理结果应为 approved（准予）或 denied（不予）。");
            }
            if (string.IsNullOrWhiteSpace(request.DecisionNo) || request.DecisionNo.Length > 100)
            {
                return CaseProblems.Invalid("decisionNo", "请填写决定文书编号（最长 100 字）。");
            }
            if (@case.Status == CaseStatus.Suspended)
            {
                return Problems.Conflict("case-suspended", "办件处于特别程序中，请先恢复计时再办结。");
            }
            var now = clock.Now;
            CaseClock.Complete(@case, now, request.Result, request.DecisionNo.Trim(), calendar.Current);
            @case.Timeline.Add(new(now, "completed", request.Result == "approved" ? "办结：准予" : "办结：不予"));
            db.AddEvent(CaseEvents.Completed(@case));
            return null;
        });
}
