using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Edge.Accounts;
using Platform.Edge.Lockout;
using Platform.ServiceDefaults.Http;

namespace Platform.Edge.Tokens;

/// <summary>POST /api/auth/token: a bearer token for a local account.</summary>
public static class TokenApi
{
    public const int MaxFailedAttempts = SignInLockoutPolicy.MaxFailedAttempts;
    public static readonly TimeSpan LockoutDuration = SignInLockoutPolicy.Duration;

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken)
            .AllowAnonymous()
            .RequireRateLimiting(EdgeRateLimits.SignIn)
            .WithTags("auth")
            .WithSummary("登录：以用户名和密码换取访问令牌");
        return app;
    }

    /// <summary>
    /// Every refusal reads the same whether the account exists or not (status, code, detail and timing), and the
    /// lockout is counted per account name and client address (<see cref="ISignInLockout"/>).
    /// </summary>
    static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(TokenRequest request,
        HttpContext context, AccountsDbContext db, TokenIssuer issuer, ISignInLockout lockout,
        IPasswordHasher<Account> hasher, CancellationToken cancellationToken)
    {
        // A token (or the reason there is none) is never kept by a browser or a proxy.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Problem(StatusCodes.Status400BadRequest, "credentials-missing", "请输入用户名（username）和密码（password）。");
        }

        var username = request.Username.Trim();
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await lockout.LockedForAsync(username, client, cancellationToken) is { } remaining)
        {
            return Locked(context, remaining);
        }

        var account = username.Length > 64 ? null
            : await db.Accounts.SingleOrDefaultAsync(a => a.Username == username, cancellationToken);
        var verdict = PasswordVerificationResult.Failed;
        if (account is null)
        {
            // Hash anyway so a wrong username takes as long as a wrong password and reveals nothing.
            hasher.HashPassword(new Account { Username = username, DisplayName = "", PasswordHash = "", Roles = "" },
                request.Password);
        }
        else
        {
            verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password);
        }
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            return await lockout.FailedAsync(username, client, cancellationToken) is { } locked
                ? Locked(context, locked)
                : InvalidCredentials();
        }

        await lockout.SucceededAsync(username, client, cancellationToken);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, request.Password);
            await db.SaveChangesAsync(cancellationToken);
        }
        var (token, expiresIn) = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, expiresIn, account.RoleList));
    }

    static ProblemHttpResult InvalidCredentials() =>
        Problem(StatusCodes.Status401Unauthorized, "invalid-credentials",
            $"用户名或密码错误。连续 {MaxFailedAttempts} 次错误后将暂停从本机登录 {LockoutDuration.TotalMinutes:0} 分钟。");

    static ProblemHttpResult Locked(HttpContext context, TimeSpan remaining)
    {
        RetryAfter.Set(context.Response, remaining);
        return Problem(StatusCodes.Status401Unauthorized, "account-locked",
            $"用户名或密码连续错误次数过多，该用户名已暂时锁定、不能从本机登录，请于 {Math.Ceiling(remaining.TotalMinutes):0} 分钟后"
            + "重试，或联系管理员解锁。");
    }

    static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Detail = detail, Extensions = { ["code"] = code } });
}
