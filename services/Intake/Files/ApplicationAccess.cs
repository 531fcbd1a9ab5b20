using System.Security.Claims;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Files;

/// <summary>
/// Who may see an application or a case and its files: its applicant's own account, any agent of the service point
/// that took it in (staff rotate), window staff (no department: every application), approvers of its department.
/// Everyone else is answered 404, as if it did not exist.
/// </summary>
static class ApplicationAccess
{
    public static bool MaySee(ClaimsPrincipal user, string? applicantAccount, string? pointCode,
        string departmentCode) =>
        user.IsInRole(Roles.Admin) || user.IsInRole(Roles.WindowStaff)
        || IsApplicant(user, applicantAccount) || IsAgentOf(user, pointCode)
        || (user.IsInRole(Roles.Approver) && user.Department() == departmentCode);

    public static bool IsApplicant(ClaimsPrincipal user, string? applicantAccount) =>
        applicantAccount is not null && user.UserName() == applicantAccount;

    public static bool IsAgentOf(ClaimsPrincipal user, string? pointCode) =>
        pointCode is not null && user.IsInRole(Roles.Agent) && user.FindFirst(Roles.PointClaim)?.Value == pointCode;
}
