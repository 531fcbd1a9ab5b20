using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Intake.Data;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Intake.Agent;

/// <summary>
/// The agent's service point, from their point claim: it must be a town or village point intake knows (an agent
/// without one, or admin without a claim, acts for no point and is refused).
/// </summary>
static class AgentPoint
{
    public static string? ClaimOf(ClaimsPrincipal user) => user.FindFirst(Roles.PointClaim)?.Value;

    public static async Task<(LocalServicePoint? Point, ProblemHttpResult? Refused)> ResolveAsync(ClaimsPrincipal user,
        IntakeDbContext db, CancellationToken cancellationToken)
    {
        var code = ClaimOf(user);
        var point = code is null ? null
            : await db.ServicePoints.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        return point is { Level: PointLevels.Town or PointLevels.Village }
            ? (point, null)
            : (null, Problems.Of(StatusCodes.Status403Forbidden, "agent-without-point",
                "您的账户未关联镇（街道）或村（社区）便民服务网点，不能代办。请管理员为账户设置所属网点。"));
    }

    /// <summary>Any agent of the point may act (staff rotate); admin and staff are not agents of a point.</summary>
    public static bool ActsFor(ClaimsPrincipal user, string? pointCode) =>
        user.IsInRole(Roles.Agent) && pointCode is not null && ClaimOf(user) == pointCode;
}
