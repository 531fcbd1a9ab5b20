using System.Security.Claims;
using Platform.ServiceDefaults.Security;

namespace Platform.Approval.Projects;

/// <summary>Who may read a project: its owner, its agent, and the hall's staff.</summary>
static class ProjectAccess
{
    public static string Account(ClaimsPrincipal user) => user.FindFirst("sub")?.Value ?? "";

    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(Roles.WindowStaff) || user.IsInRole(Roles.Approver) || user.IsInRole(Roles.Supervisor)
        || user.IsInRole(Roles.Admin);

    public static bool ActsFor(ClaimsPrincipal user, Project project)
    {
        var account = Account(user);
        return account.Length > 0 && (project.OwnerAccount == account || project.AgentAccount == account);
    }

    public static bool CanRead(ClaimsPrincipal user, Project project) => IsStaff(user) || ActsFor(user, project);

    /// <summary>The department an approver works for (their department claim), or null.</summary>
    public static string? Department(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Approver) ? user.FindFirst(Roles.DepartmentClaim)?.Value : null;
}
