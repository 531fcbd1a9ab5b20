using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays;

namespace Platform.Intake.Online;

/// <summary>
/// 在线申办: the signed-in applicant submits; the application waits for the window's pre-review (待预审) and no
/// clock runs yet. A retry with the same Idempotency-Key (per account) gets the same application back; the same key
/// with another body is refused.
/// </summary>
static class OnlineSubmit
{
    public static async Task<Results<Created<ApplicationView>, ProblemHttpResult>> Submit(
        OnlineApplicationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal user, IntakeDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var account = user.UserName();
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            return Problems.Invalid([malformed]);
        }
        var limits = MaterialFiles.Limits(request.Materials, new TextLimits()
            .Max("matterCode", request.MatterCode, ApplicationLimits.Code)
            .Max("applicant.type", request.Applicant?.Type, 16)
            .Max("applicant.name", request.Applicant?.Name, 100)
            .Max("applicant.idNumber", request.Applicant?.IdNumber, 18)
            .Max("applicant.phone", request.Applicant?.Phone, 20));
        if (limits.Problem() is { } tooLong)
        {
            return tooLong;
        }
        var requestHash = IdempotencyKeys.Hash(request);
        if (await ReplayAsync(db, account, idempotencyKey, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }
        try
        {
            return await SubmitOnce(request, idempotencyKey, requestHash, account, db, clock, cancellationToken);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key won a race a moment ago: answer with what it produced.
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, account, idempotencyKey, requestHash, cancellationToken)
                ?? throw new InvalidOperationException("Lost idempotent submission.");
        }
    }

    static async Task<Results<Created<ApplicationView>, ProblemHttpResult>> SubmitOnce(
        OnlineApplicationRequest request, string? idempotencyKey, string requestHash, string account,
        IntakeDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var matter = await db.Matters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == request.MatterCode && m.Published, cancellationToken);
        if (matter is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "matter-not-available",
                $"事项“{request.MatterCode}”未在事项目录中发布（或已暂停、取消），不能申办。");
        }
        var errors = Applicant.Check(request.Applicant);
        var names = matter.Materials.Select(m => m.Name).ToList();
        var given = request.Materials ?? [];
        var files = await MaterialFiles.CheckAsync(given, names, $"事项 {matter.Code} 的材料清单", account, db,
            cancellationToken);
        errors.AddRange(files.Errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }
        var now = clock.Now;
        var application = new Application
        {
            Id = Guid.NewGuid(),
            MatterCode = matter.Code,
            MatterVersion = matter.Version,
            Applicant = Applicant.From(request.Applicant!),
            ResponsibleStaff = "",
            SubmittedBy = account,
            ApplicantAccount = account,
            Channel = ApplicationChannels.Online,
            Visits = 0,
            Outcome = ApplicationOutcome.PendingReview,
            IdempotencyKey = idempotencyKey,
            RequestHash = idempotencyKey is null ? null : requestHash,
            ReceivedAt = now,
            // The whole list, in the matter's order: what came with a file is present, the rest missing for now.
            Materials = names.Select(name =>
            {
                var file = files.FilesByMaterial.GetValueOrDefault(name);
                var paper = given.FirstOrDefault(m => m?.Name == name)?.PaperOriginal ?? false;
                return new MaterialCheck(name, file is null ? "missing" : "present", null, file?.Id, paper);
            }).ToList(),
        };
        MaterialFiles.Attach(files.FilesByMaterial, application.Id);
        db.Applications.Add(application);
        db.AddEvent(new ApplicationSubmitted(application.Id, matter.Code, matter.DepartmentCode,
            ApplicationChannels.Online, null, "county", null, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/intake/online/applications/{application.Id}",
            await ApplicationViews.LoadAsync(db, application, cancellationToken));
    }

    static async Task<Results<Created<ApplicationView>, ProblemHttpResult>?> ReplayAsync(IntakeDbContext db,
        string account, string? key, string requestHash, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.SubmittedBy == account && a.IdempotencyKey == key, cancellationToken);
        if (application is null)
        {
            return null;
        }
        if (application.RequestHash != requestHash || application.Channel != ApplicationChannels.Online)
        {
            return IdempotencyKeys.Reused();
        }
        return TypedResults.Created($"/api/intake/online/applications/{application.Id}",
            await ApplicationViews.LoadAsync(db, application, cancellationToken));
    }
}
