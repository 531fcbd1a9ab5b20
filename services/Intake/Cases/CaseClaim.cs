using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// 认领办件: how a case gets its online account. The window cannot set one: intake sees no account store, so it
/// could not tell an applicant's account from "admin", and a clerk's typo would hand a case to a stranger. Instead
/// the applicant, signed in with the applicant role, proves the case is theirs with what only they hold (the case
/// number from the receipt and the last four of their ID or phone, under the same guessing limits as tracking);
/// the first account that does so keeps it, so a later guesser cannot take it over.
/// </summary>
static class CaseClaim
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Claim(string caseNo, ClaimRequest request,
        ClaimsPrincipal user, HttpContext http, VerificationLimiter limiter, IntakeDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (new TextLimits().Max("verify", request.Verify, 32).Problem() is { } tooLong)
        {
            return tooLong;
        }
        var account = user.FindFirst("sub")?.Value;
        if (string.IsNullOrEmpty(account))
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "forbidden", "请以申请人账户登录后认领办件。");
        }
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (await SecondFactor.CheckAsync(http, limiter, "case:" + caseNo,
            () => @case?.Applicant.Verifies(request.Verify?.Trim()) == true,
            () => Problems.NotFound("case-not-found",
                "未查到该办件：请核对受理编号，并以 verify 提供申请人证件号码或联系电话的后四位。")) is { } refused)
        {
            return refused;
        }
        if (@case!.ApplicantAccount == account)
        {
            return TypedResults.Ok(CaseView.Of(@case));
        }
        if (@case.ApplicantAccount is not null)
        {
            return Problems.Conflict("case-already-claimed",
                "该办件已由另一个账户认领；如有疑问，请携带身份证件到大厅窗口办理。");
        }
        @case.ApplicantAccount = account;
        @case.Timeline.Add(new(clock.Now, "claimed", "申请人账户认领办件"));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(@case));
    }
}
