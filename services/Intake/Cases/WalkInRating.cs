using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays;

namespace Platform.Intake.Cases;

/// <summary>
/// 评价器 at the window, no account: the applicant rates the service with the queue ticket of today's visit and the
/// case registered from it (ApplicationRequest.TicketNumber).
/// </summary>
static class WalkInRating
{
    /// <summary>
    /// Accepted only for a case registered from that ticket, on the ticket's own day (hall time), once per case.
    /// Unlike <see cref="CaseRating.Rate"/> the case need not be completed: a real 评价器 rates the service just
    /// received at the window, which is the acceptance of a 承诺件 as much as a 当场办结. Supervision takes that as it
    /// is: its CaseRated consumer joins the rating to the case whatever its state, DESIGN §5's goodRate counts
    /// ratings by their date (not completions), and a 差评 opens a rectification either way. A later rating of the
    /// same case online is refused (already-rated), so the case still has one rating. A wrong ticket and case pair is
    /// counted like a wrong tracking code (per ticket and per client) so numbers cannot be guessed.
    /// </summary>
    public static async Task<Results<Ok<RatedView>, ProblemHttpResult>> Rate(string number,
        WalkInRatingRequest request, HttpContext http, VerificationLimiter limiter, IntakeDbContext db,
        HallClock clock, CancellationToken cancellationToken)
    {
        if (CaseRating.Invalid(request.Score, request.Category, request.Comment) is { } invalid)
        {
            return invalid;
        }
        if (string.IsNullOrWhiteSpace(request.CaseNo) || request.CaseNo.Length > 32)
        {
            return CaseProblems.Invalid("caseNo", "请给出本次在窗口受理的受理编号（caseNo）。");
        }
        var now = clock.Now;
        var today = HallTime.DateOf(now);
        number = number.Trim().ToUpperInvariant();
        var caseNo = request.CaseNo.Trim();
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
        if (await SecondFactor.CheckAsync(http, limiter, $"ticket:{today:yyyyMMdd}:{number}",
            () => @case is not null && @case.TicketNumber == number && @case.TicketDay == today,
            () => Problems.NotFound("rating-not-available",
                $"今天的 {number} 号没有受理编号为 {caseNo} 的办件：评价器只能评价当天本次排队受理的办件；"
                + "其他办件请登录后或凭证件号码后四位评价。")) is { } refused)
        {
            return refused;
        }
        if (@case!.RatingScore is not null)
        {
            return CaseRating.AlreadyRated();
        }
        CaseRating.Record(db, @case, request.Score!.Value, request.Category, request.Comment, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RatedView(@case.CaseNo, request.Score.Value, now));
    }
}
