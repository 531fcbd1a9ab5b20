using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;

namespace Platform.Intake.Applications;

/// <summary>
/// A retried submission (same staff member, same Idempotency-Key, same request) gets the answer the first one got; the
/// same key with another request is a 422 problem that changes nothing.
/// </summary>
static class IdempotentReplay
{
    /// <summary>SHA-256 (hex) of the request as bound, so formatting and property order do not matter.</summary>
    public static string Hash(ApplicationRequest request) => IdempotencyKeys.Hash(request);

    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>?> ReplayAsync(
        IntakeDbContext db, string staff, string? key, string requestHash, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.SubmittedBy == staff && a.IdempotencyKey == key, cancellationToken);
        if (application is null)
        {
            return null;
        }
        // Applications stored before the hash was kept (RequestHash null) replay as before.
        if (application.RequestHash is { } stored && stored != requestHash)
        {
            return IdempotencyKeys.Reused();
        }
        if (application.CaseNo is { } caseNo)
        {
            var @case = await db.Cases.AsNoTracking().SingleAsync(c => c.CaseNo == caseNo, cancellationToken);
            var matter = await db.Matters.AsNoTracking()
                .SingleAsync(m => m.Code == @case.MatterCode, cancellationToken);
            return CaseAcceptance.Created(application, @case, matter);
        }
        var rejected = application.Outcome == ApplicationOutcome.Rejected;
        return TypedResults.Created($"/api/intake/applications/{application.Id}", new ApplicationResponse(
            application.Id, rejected ? "rejected" : "awaiting-supplement", null,
            rejected ? null : application.Notice, application.Reason, null));
    }
}
