using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Cases;

/// <summary>A change by the matter's department: the approver's department claim must match (admin excepted).</summary>
static class DepartmentChange
{
    /// <summary>
    /// Loads the open case, lets apply change it (or answer with a problem) and saves it; a concurrent change by
    /// someone else is a conflict, not an overwrite.
    /// </summary>
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> ApplyAsync(string caseNo, ClaimsPrincipal user,
        IntakeDbContext db, CancellationToken cancellationToken, Func<Case, ProblemHttpResult?> apply)
    {
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null)
        {
            return CaseProblems.NotFound(caseNo);
        }
        if (!user.IsInRole(Roles.Admin) && user.Department() != @case.DepartmentCode)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "other-department",
                $"办件 {caseNo} 属于 {@case.DepartmentCode}，不属于您所在的部门。");
        }
        if (@case.Status == CaseStatus.Completed)
        {
            return Problems.Conflict("case-completed", $"办件 {caseNo} 已办结。");
        }
        if (apply(@case) is { } problem)
        {
            return problem;
        }
        // The case's concurrency stamp makes a concurrent change by someone else a 409 conflict, not an overwrite.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(@case));
    }
}
