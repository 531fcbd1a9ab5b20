using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;

namespace Platform.Intake.Files;

/// <summary>
/// A stored file is visible to its uploader, and, once attached, to whoever may see what it is attached to: the
/// application of a material, the case of a delivered result (<see cref="ApplicationAccess"/>).
/// </summary>
static class FileVisibility
{
    public static async Task<bool> MaySeeAsync(ClaimsPrincipal user, StoredFile file, IntakeDbContext db,
        CancellationToken cancellationToken)
    {
        if (file.Owner == user.FindFirst("sub")?.Value)
        {
            return true;
        }
        if (file.CaseNo is { } caseNo)
        {
            var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.CaseNo == caseNo, cancellationToken);
            if (@case is not null
                && ApplicationAccess.MaySee(user, @case.ApplicantAccount, @case.PointCode, @case.DepartmentCode))
            {
                return true;
            }
        }
        if (file.ApplicationId is not { } applicationId)
        {
            return false;
        }
        var application = await db.Applications.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return false;
        }
        var department = await db.Matters.AsNoTracking().Where(m => m.Code == application.MatterCode)
            .Select(m => m.DepartmentCode).SingleOrDefaultAsync(cancellationToken);
        return ApplicationAccess.MaySee(user, application.ApplicantAccount, application.PointCode, department ?? "");
    }
}
