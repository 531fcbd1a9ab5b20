using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Edge.Lockout;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge.Accounts;

/// <summary>
/// POST /api/auth/accounts/{username}/unlock: an administrator lifts a sign-in lockout from every client.
/// </summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/accounts/{username}/unlock", Unlock)
            .RequireAuthorization(Roles.Admin)
            .RequireRateLimiting(EdgeRateLimits.Writes)
            .WithTags("auth")
            .WithSummary("解除账号因多次登录失败而被锁定的状态");
        return app;
    }

    /// <summary>Only an administrator gets here, so saying that an account does not exist reveals nothing.</summary>
    static async Task<Results<NoContent, ProblemHttpResult>> Unlock(string username, AccountsDbContext db,
        ISignInLockout lockout, CancellationToken cancellationToken)
    {
        var name = username.Trim();
        if (!await db.Accounts.AnyAsync(a => a.Username == name, cancellationToken))
        {
            return Problems.NotFound("account-not-found", $"没有用户名为“{name}”的账户。");
        }
        await lockout.UnlockAsync(name, cancellationToken);
        return TypedResults.NoContent();
    }
}
