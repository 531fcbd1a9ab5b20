using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.WorkingDays;

namespace Platform.Intake.Agent;

/// <summary>
/// 代办受理: an agent of a town or village point takes an application in for a resident. It waits for the paper
/// materials' handover at the county hall (a transfer slip numbered here), then for the window's 预审.
/// </summary>
static class AgentIntake
{
    public static async Task<Results<Created<AgentApplicationView>, ProblemHttpResult>> Submit(
        AgentIntakeRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey,
        ClaimsPrincipal user, IntakeDbContext db, HallClock clock, CancellationToken cancellationToken)
    {
        var (point, noPoint) = await AgentPoint.ResolveAsync(user, db, cancellationToken);
        if (noPoint is not null)
        {
            return noPoint;
        }
        if (IdempotencyKeys.Malformed(idempotencyKey) is { } malformed)
        {
            return Problems.Invalid([malformed]);
        }
        if (AgentIntakeChecks.Limits(request) is { } tooLong)
        {
            return tooLong;
        }
        var agent = user.FindFirst("sub")?.Value ?? "unknown";
        var requestHash = IdempotencyKeys.Hash(request);
        if (await ReplayAsync(db, agent, idempotencyKey, requestHash, cancellationToken) is { } replay)
        {
            return replay;
        }
        var matter = await db.Matters.AsNoTracking()
            .SingleOrDefaultAsync(m => m.Code == request.MatterCode && m.Published, cancellationToken);
        if (matter is null)
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "matter-not-available",
                $"事项“{request.MatterCode}”未在事项目录中发布（或已暂停、取消），不能代办。");
        }
        if (!matter.IntakeLevels.Contains(point!.Level))
        {
            return Problems.Of(StatusCodes.Status422UnprocessableEntity, "matter-not-at-this-level",
                $"事项“{matter.Name}”不在{PointLevels.Label(point.Level)}代办项目目录中，请引导居民到可办理的网点或县政务服务中心。");
        }
        if (AgentIntakeChecks.Check(request, matter) is { Count: > 0 } errors)
        {
            return Problems.Invalid(errors);
        }
        try
        {
            var application = await RunningNumbers.InTransactionAsync(db, async () =>
            {
                var now = clock.Now;
                var application = new Application
                {
                    Id = Guid.NewGuid(),
                    MatterCode = matter.Code,
                    MatterVersion = matter.Version,
                    Applicant = Applicant.From(request.Applicant!),
                    ResponsibleStaff = "",
                    SubmittedBy = agent,
                    IdempotencyKey = idempotencyKey,
                    RequestHash = idempotencyKey is null ? null : requestHash,
                    Outcome = ApplicationOutcome.AwaitingHandover,
                    Materials = AgentIntakeChecks.Materials(request, matter),
                    ReceivedAt = now,
                    Channel = ApplicationChannels.Agent,
                    PointCode = point.Code,
                    AgentAccount = agent,
                    Consent = request.Consent!.Trim(),
                    TransferSlipNo = await TransferSlipNumbers.NextAsync(db, HallTime.DateOf(now), cancellationToken),
                    // The resident's trip to the near-home point, or the agent's visit to them.
                    Visits = 1,
                };
                db.Applications.Add(application);
                db.AddEvent(new ApplicationSubmitted(application.Id, matter.Code, matter.DepartmentCode,
                    ApplicationChannels.Agent, point.Code, point.Level, application.TransferSlipNo, now));
                await db.SaveChangesAsync(cancellationToken);
                return application;
            }, cancellationToken);
            return TypedResults.Created($"/api/intake/online/applications/{application.Id}",
                await AgentApplicationViews.OfAsync(db, application, cancellationToken));
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same key won a race a moment ago: answer with what it produced.
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, agent, idempotencyKey, requestHash, cancellationToken)
                ?? throw new InvalidOperationException("Lost idempotent 代办 submission.");
        }
    }

    /// <summary>A retry with the same key and body gets the first answer; another body with it is refused.</summary>
    static async Task<Results<Created<AgentApplicationView>, ProblemHttpResult>?> ReplayAsync(IntakeDbContext db,
        string agent, string? key, string requestHash, CancellationToken cancellationToken)
    {
        var application = key is null ? null : await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.SubmittedBy == agent && a.IdempotencyKey == key, cancellationToken);
        if (application is null)
        {
            return null;
        }
        if (application.RequestHash != requestHash)
        {
            return IdempotencyKeys.Reused();
        }
        return TypedResults.Created($"/api/intake/online/applications/{application.Id}",
            await AgentApplicationViews.OfAsync(db, application, cancellationToken));
    }
}
