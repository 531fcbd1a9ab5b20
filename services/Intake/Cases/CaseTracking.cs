using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Verification;

namespace Platform.Intake.Cases;

/// <summary>查询进度 without an account.</summary>
static class CaseTracking
{
    /// <summary>
    /// Anonymous progress query: the case number plus the last four characters of the ID or phone, with guessing
    /// limited per case number and per client (<see cref="SecondFactor"/>).
    /// </summary>
    public static async Task<Results<Ok<CaseStatusView>, ProblemHttpResult>> Track(string caseNo, string? verify,
        HttpContext http, VerificationLimiter limiter, IntakeDbContext db, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        // Unknown number and wrong second factor get the same answer: the number alone reveals nothing.
        if (await SecondFactor.CheckAsync(http, limiter, "case:" + caseNo,
            () => @case?.Applicant.Verifies(verify?.Trim()) == true,
            () => Problems.NotFound("case-not-found",
                "未查到该办件：请核对受理编号，并以 verify 提供申请人证件号码或联系电话的后四位。")) is { } refused)
        {
            return refused;
        }
        return TypedResults.Ok(CaseStatusView.Of(@case!));
    }
}
