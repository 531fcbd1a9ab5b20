using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Intake.Applications;

/// <summary>
/// Outcome "notice" (一次性告知): the notice names every required material marked missing or defective, and only
/// those; the application then waits for the supplement.
/// </summary>
static class NoticeStep
{
    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> NoticeAsync(
        ApplicationRequest request, Application application, LocalMatter matter, List<string> lacking,
        List<MaterialCheck> checks, IntakeDbContext db, CancellationToken cancellationToken,
        DateTimeOffset? decidedAt = null)
    {
        var notice = request.Notice?.Distinct().ToList() ?? [];
        var omitted = lacking.Except(notice).ToList();
        if (lacking.Count == 0)
        {
            return Problems.Invalid([new("notice", "没有缺失或不符合要求的必需材料，应直接受理。")]);
        }
        if (omitted.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "notice-incomplete",
                $"一次性告知必须列明全部缺失或不符合要求的材料，遗漏了：{string.Join("、", omitted)}。", omitted);
        }
        var notMarked = notice.Except(checks.Where(c => c.Status != "present").Select(c => c.Name)).ToList();
        if (notMarked.Count > 0)
        {
            return Problems.Invalid([new("notice",
                $"告知书中的材料未被标记为缺失或不符合要求：{string.Join("、", notMarked)}。")]);
        }
        application.Outcome = ApplicationOutcome.AwaitingSupplement;
        application.Notice = notice;
        if (db.Entry(application).State == EntityState.Detached)
        {
            // The window's new application; a pre-reviewed one is already stored (and tracked).
            db.Applications.Add(application);
        }
        db.AddEvent(new SupplementRequested(application.Id, matter.Code, matter.DepartmentCode, notice,
            decidedAt ?? application.ReceivedAt));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/intake/applications/{application.Id}",
            new ApplicationResponse(application.Id, "awaiting-supplement", null, notice, null, null));
    }
}
