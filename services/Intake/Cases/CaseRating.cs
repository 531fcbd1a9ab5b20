using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>好差评: the applicant rates a completed case once, signed in or by the second factor.</summary>
static class CaseRating
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Rate(string caseNo, RatingRequest request,
        ClaimsPrincipal user, IntakeDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        if (request.Score is not (>= 1 and <= 5))
        {
            return CaseProblems.Invalid("score", "评价等级为 1（非常不满意）到 5（非常满意）。");
        }
        if (request.Comment is { Length: > 500 } || request.Category is { Length: > 50 })
        {
            return CaseProblems.Invalid("comment", "评价内容最长 500 字，差评类别最长 50 字。");
        }
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null)
        {
            return CaseProblems.NotFound(caseNo);
        }
        var owner = @case.ApplicantAccount is { } account
            ? account == user.FindFirst("sub")?.Value
            : @case.Applicant.Verifies(request.Verify?.Trim());
        if (!owner)
        {
            return Problems.Of(StatusCodes.Status403Forbidden, "not-the-applicant",
                "只有该办件的申请人可以评价：请用申请时登记的账户登录，或以 verify 提供证件号码或联系电话的后四位。");
        }
        if (@case.Status != CaseStatus.Completed)
        {
            return Problems.Conflict("case-not-completed", "办结后才能评价。");
        }
        if (@case.RatingScore is not null)
        {
            return Problems.Conflict("already-rated", "每件办件只能评价一次。");
        }
        var now = clock.Now;
        @case.RatingScore = request.Score;
        @case.Timeline.Add(new(now, "rated", $"评价：{request.Score} 星"));
        db.AddEvent(new CaseRated(@case.CaseNo, @case.MatterCode, @case.DepartmentCode, @case.WindowNo,
            request.Score.Value, request.Category?.Trim(), request.Comment?.Trim(), now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(@case));
    }
}
