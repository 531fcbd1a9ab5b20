using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Applications;

/// <summary>A retried submission (same staff member, same Idempotency-Key) gets the answer the first one got.</summary>
static class IdempotentReplay
{
    public static async Task<Created<ApplicationResponse>?> ReplayAsync(IntakeDbContext db, string staff, string? key,
        CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return null;
        }
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ResponsibleStaff == staff && a.IdempotencyKey == key, cancellationToken);
        if (application is null)
        {
            return null;
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
