using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Intake;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>依法延期: a lawful extension of the limit, with its legal basis.</summary>
static class ExtendStep
{
    const int MaxExtensionDays = 30;

    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> Extend(string caseNo, ExtendRequest request,
        ClaimsPrincipal user, IntakeDbContext db, IntakeCalendar calendar, HallClock clock,
        CancellationToken cancellationToken) =>
        DepartmentChange.ApplyAsync(caseNo, user, db, cancellationToken, @case =>
        {
            if (request.WorkingDays is not (>= 1 and <= MaxExtensionDays))
            {
                return CaseProblems.Invalid("workingDays", $"延期天数应为 1 到 {MaxExtensionDays} 个工作日。");
            }
            if (string.IsNullOrWhiteSpace(request.LegalBasis) || request.LegalBasis.Length > 500)
            {
                return CaseProblems.Invalid("legalBasis", "延期须写明法律依据（如《行政许可法》第四十二条），最长 500 字。");
            }
            var now = clock.Now;
            @case.ExtensionDays += request.WorkingDays.Value;
            CaseClock.Redate(@case, calendar.Current);
            @case.Timeline.Add(new(now, "extended",
                $"依法延期 {request.WorkingDays} 个工作日：{request.LegalBasis.Trim()}"));
            db.AddEvent(new CaseExtended(@case.CaseNo, request.WorkingDays.Value, request.LegalBasis.Trim(),
                @case.DueDate, @case.CalendarVersion, now, @case.DueDateProvisional));
            return null;
        });
}
