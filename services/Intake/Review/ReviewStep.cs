using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Applications;
using Platform.Intake.Calendar;
using Platform.Intake.Data;
using Platform.Intake.Online;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Review;

/// <summary>
/// 预审 of an application waiting for it, whatever its channel (online, or an agent's once handed over): the window's
/// own outcomes, rules and answers (AcceptStep, NoticeStep, RejectStep, MaterialRules) applied to the stored
/// application. The reviewer becomes its responsible staff member (首问责任); acceptance starts the clock now, with the
/// application's channel, point and visits.
/// </summary>
static class ReviewStep
{
    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> Review(Guid id,
        ReviewRequest request, ClaimsPrincipal user, IntakeDbContext db, IntakeCalendar calendar, HallClock clock,
        CancellationToken cancellationToken)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return OnlineApplicationsApi.NotFound();
        }
        var checks = Findings(request.Materials, application);
        var asWindow = new ApplicationRequest(application.MatterCode, request.WindowNo?.Trim(), null, null, checks,
            request.Outcome, request.Notice, request.Reason, request.LegalBasis, null, null);
        if (ApplicationLimits.Problem(asWindow) is { } refused)
        {
            return refused;
        }
        if (application.Outcome != ApplicationOutcome.PendingReview)
        {
            return Problems.Conflict("not-pending-review",
                $"这份申请不在待预审状态（当前：{ApplicationStatuses.LabelOf(application.Outcome)}），不能预审。");
        }
        if (request.Outcome is not ("accept" or "notice" or "reject"))
        {
            return Problems.Invalid([new("outcome", "预审结果应为 accept（受理）、notice（一次性告知）或 reject（不予受理）。")]);
        }
        var matter = await db.Matters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == application.MatterCode, cancellationToken);
        if (matter is null || (!matter.Published && request.Outcome != "reject"))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "matter-not-available",
                $"事项“{application.MatterCode}”已暂停或取消，不能受理或告知补正；请以不予受理（reject）答复申请人。");
        }
        if (MaterialRules.Check(matter, checks) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        var lacking = MaterialRules.Lacking(matter, checks);
        application.Materials = checks;
        application.ResponsibleStaff = user.UserName();
        application.WindowNo = asWindow.WindowNo;
        var now = clock.Now;
        try
        {
            return request.Outcome switch
            {
                "accept" => await AcceptStep.AcceptAsync(asWindow, application, matter, lacking, db, calendar,
                    cancellationToken, now),
                "notice" => await NoticeStep.NoticeAsync(asWindow, application, matter, lacking, checks, db,
                    cancellationToken, now),
                _ => await RejectStep.RejectAsync(asWindow, application, matter, db, cancellationToken, now),
            };
        }
        catch (DbUpdateException)
        {
            // Another window decided this application a moment ago (one case per application).
            return Problems.Conflict("not-pending-review", "这份申请刚刚已由其他窗口预审，请刷新后查看。");
        }
    }

    /// <summary>
    /// The reviewer's findings with what the application already holds (the uploaded file, the paper-original
    /// flag), which the reviewer cannot change. A null entry stays null for ApplicationLimits to name.
    /// </summary>
    static List<MaterialCheck> Findings(IReadOnlyList<ReviewMaterial?>? given, Application application) =>
        (given ?? []).Select(m =>
        {
            if (m is null)
            {
                return null!;
            }
            var stored = application.Materials.FirstOrDefault(s => s.Name == m.Name);
            return new MaterialCheck(m.Name ?? "", m.Status ?? "", m.Note, stored?.FileId,
                stored?.PaperOriginal ?? false);
        }).ToList();
}
