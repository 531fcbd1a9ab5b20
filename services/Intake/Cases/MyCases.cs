using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Cases;

static class MyCases
{
    /// <summary>A signed-in applicant's own cases, newest first, as the tracking page shows them.</summary>
    public static async Task<Ok<List<CaseStatusView>>> Mine(ClaimsPrincipal user, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        var account = user.FindFirst("sub")?.Value;
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantAccount != null && c.ApplicantAccount == account)
            .OrderByDescending(c => c.AcceptedDate).ThenByDescending(c => c.CaseNo)
            .Take(200)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(cases.Select(CaseStatusView.Of).ToList());
    }
}
