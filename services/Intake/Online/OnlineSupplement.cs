using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.Intake.Files;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Online;

/// <summary>
/// 网上补正: the applicant (or an agent of the point that took it in) uploads a file for every material the one-time
/// notice named; the application goes back to 待预审. No trip in person is counted, and the clock still waits for the
/// pre-review's acceptance. A window application is supplemented at the window (SupplementStep), not here.
/// </summary>
static class OnlineSupplement
{
    public static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> Supplement(Guid id,
        OnlineSupplementRequest request, ClaimsPrincipal user, IntakeDbContext db, HallClock clock,
        CancellationToken cancellationToken)
    {
        if (MaterialFiles.Limits(request.Materials, new TextLimits()).Problem() is { } tooLong)
        {
            return tooLong;
        }
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null || !(ApplicationAccess.IsApplicant(user, application.ApplicantAccount)
                || ApplicationAccess.IsAgentOf(user, application.PointCode)))
        {
            return OnlineApplicationsApi.NotFound();
        }
        if (application.Outcome != ApplicationOutcome.AwaitingSupplement
            || application.Channel == ApplicationChannels.Window)
        {
            return Problems.Conflict("not-awaiting-supplement", "这份申请不在等待网上补正的状态。");
        }
        var given = request.Materials ?? [];
        var files = await MaterialFiles.CheckAsync(given, application.Notice, "一次性告知书所列材料",
            user.UserName(), db, cancellationToken);
        if (files.Errors.Count > 0)
        {
            return Problems.Invalid(files.Errors);
        }
        var stillLacking = application.Notice.Where(name => !files.FilesByMaterial.ContainsKey(name)).ToList();
        if (stillLacking.Count > 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "supplement-incomplete",
                $"告知书所列材料仍未补齐（请为每项上传文件）：{string.Join("、", stillLacking)}。", stillLacking);
        }
        application.Materials = application.Materials.Select(m =>
            files.FilesByMaterial.TryGetValue(m.Name, out var file)
                ? m with
                {
                    Status = "present",
                    Note = null,
                    FileId = file.Id,
                    PaperOriginal = given.FirstOrDefault(g => g?.Name == m.Name)?.PaperOriginal ?? m.PaperOriginal,
                }
                : m).ToList();
        MaterialFiles.Attach(files.FilesByMaterial, application.Id);
        application.Outcome = ApplicationOutcome.PendingReview;
        var now = clock.Now;
        db.AddEvent(new OnlineSupplementSubmitted(application.Id, application.Notice.ToList(), now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ApplicationViews.LoadAsync(db, application, cancellationToken));
    }
}
