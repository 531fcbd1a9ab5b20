using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Contracts.Intake;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// 好差评: the applicant rates a completed case once, signed in to the account that claimed it, or by the second
/// factor (guarded against guessing); either way within Intake:RatingWindowWorkingDays of completion.
/// </summary>
static class CaseRating
{
    public static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Rate(string caseNo, RatingRequest request,
        ClaimsPrincipal user, HttpContext http, VerificationLimiter limiter, IOptions<CaseOptions> options,
        IntakeDbContext db, IntakeCalendar calendar, HallClock clock, CancellationToken cancellationToken)
    {
        if (Invalid(request.Score, request.Category, request.Comment, request.Verify) is { } invalid)
        {
            return invalid;
        }
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (@case is null)
        {
            return CaseProblems.NotFound(caseNo);
        }
        var notTheApplicant = Problems.Of(StatusCodes.Status403Forbidden, "not-the-applicant",
            "只有该办件的申请人可以评价：请用认领该办件的账户登录，或以 verify 提供证件号码或联系电话的后四位。");
        var byCode = @case.ApplicantAccount is null;
        if (!byCode && @case.ApplicantAccount != user.FindFirst("sub")?.Value)
        {
            return notTheApplicant;
        }
        if (byCode && await SecondFactor.CheckAsync(http, limiter, "case:" + caseNo,
            () => @case.Applicant.Verifies(request.Verify?.Trim()), () => notTheApplicant) is { } refused)
        {
            return refused;
        }
        if (@case.Status != CaseStatus.Completed)
        {
            return Problems.Conflict("case-not-completed", "办结后才能评价。");
        }
        if (@case.RatingScore is not null)
        {
            return AlreadyRated();
        }
        var now = clock.Now;
        var window = options.Value.RatingWindowWorkingDays;
        // Every rating, not only one by code: an account that claimed the case with the code would otherwise be a
        // way around the window.
        if (HallTime.DateOf(now) > Deadlines.Due(calendar.Current, @case.CompletedDate!.Value, window).Date)
        {
            return Problems.Conflict("rating-window-closed", $"评价须在办结后 {window} 个工作日内提交，已超过期限。");
        }
        Record(db, @case, request.Score!.Value, request.Category, request.Comment, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CaseView.Of(@case));
    }

    /// <summary>The score 1–5 and the texts' lengths, checked alike for every way of rating.</summary>
    public static ProblemHttpResult? Invalid(int? score, string? category, string? comment, string? verify = null)
    {
        if (score is not (>= 1 and <= 5))
        {
            return CaseProblems.Invalid("score", "评价等级为 1（非常不满意）到 5（非常满意）。");
        }
        return new TextLimits().Max("category", category, 50).Max("comment", comment, 500)
            .Max("verify", verify, 32).Problem();
    }

    public static ProblemHttpResult AlreadyRated() => Problems.Conflict("already-rated", "每件办件只能评价一次。");

    /// <summary>
    /// The rating on the case, its timeline and its <see cref="CaseRated"/> event (staged; the caller saves), the
    /// same for every way of rating, so supervision counts them alike.
    /// </summary>
    public static void Record(IntakeDbContext db, Case @case, int score, string? category, string? comment,
        DateTimeOffset now)
    {
        @case.RatingScore = score;
        @case.Timeline.Add(new(now, "rated", $"评价：{score} 星"));
        db.AddEvent(new CaseRated(@case.CaseNo, @case.MatterCode, @case.DepartmentCode, @case.WindowNo, score,
            category?.Trim(), comment?.Trim(), now));
    }
}
