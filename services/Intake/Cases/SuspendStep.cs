using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>特别程序: the clock stops until the department resumes it.</summary>
static class SuspendStep
{
    public static Task<Results<Ok<CaseView>, ProblemHttpResult>> Suspend(string caseNo, SuspendRequest request,
        ClaimsPrincipal user, IntakeDbContext db, HallClock clock, CancellationToken cancellationToken) =>
        DepartmentChange.ApplyAsync(caseNo, user, db, cancellationToken, @case =>
        {
            var procedures = IntakeLabels.SuspensionProcedures;
            if (request.Procedure is null || !procedures.ContainsKey(request.Procedure))
            {
                return CaseProblems.Invalid("procedure",
                    $"特别程序应为：{string.Join("、", procedures.Select(p => $"{p.Key}（{p.Value}）"))}。");
            }
            if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 1000)
            {
                return CaseProblems.Invalid("reason", "请写明进入特别程序的理由（最长 1000 字）。");
            }
            if (@case.Status == CaseStatus.Suspended)
            {
                return Problems.Conflict("case-suspended", "办件已处于特别程序中。");
            }
            var now = clock.Now;
            @case.Status = CaseStatus.Suspended;
            @case.SuspendedSince = now;
            @case.Timeline.Add(new(now, "suspended", $"特别程序（{request.Procedure}）：{request.Reason.Trim()}"));
            db.AddEvent(new CaseSuspended(@case.CaseNo, request.Procedure, request.Reason.Trim(), now));
            return null;
        });
}
