using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Intake;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Intake.Applications;

/// <summary>Outcome "reject" (不予受理): with the reason and its legal basis.</summary>
static class RejectStep
{
    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> RejectAsync(
        ApplicationRequest request, Application application, LocalMatter matter, IntakeDbContext db,
        CancellationToken cancellationToken, DateTimeOffset? decidedAt = null)
    {
        if (string.IsNullOrWhiteSpace(request.Reason) || string.IsNullOrWhiteSpace(request.LegalBasis))
        {
            return Problems.Invalid([new("reason", "不予受理须写明理由（reason）和法律依据（legalBasis）。")]);
        }
        application.Outcome = ApplicationOutcome.Rejected;
        application.Reason = request.Reason.Trim();
        application.LegalBasis = request.LegalBasis.Trim();
        if (db.Entry(application).State == EntityState.Detached)
        {
            // The window's new application; a pre-reviewed one is already stored (and tracked).
            db.Applications.Add(application);
        }
        db.AddEvent(new ApplicationRejected(application.Id, matter.Code, matter.DepartmentCode, application.Reason,
            application.LegalBasis, decidedAt ?? application.ReceivedAt));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/intake/applications/{application.Id}",
            new ApplicationResponse(application.Id, "rejected", null, null, application.Reason, null));
    }
}
