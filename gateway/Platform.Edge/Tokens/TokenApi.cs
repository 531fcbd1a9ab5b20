using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Edge.Accounts;

namespace Platform.Edge.Tokens;

/// <summary>POST /api/auth/token: a bearer token for a local account.</summary>
public static class TokenApi
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken)
            .AllowAnonymous()
            .RequireRateLimiting(EdgeRateLimits.SignIn)
            .WithTags("auth");
        return app;
    }

    static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, AccountsDbContext db, TokenIssuer issuer, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
        {
            return Problem(StatusCodes.Status400BadRequest, "credentials-missing", "请输入用户名（username）和密码（password）。");
        }

        var username = request.Username.Trim();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Username == username, cancellationToken);
        var hasher = new PasswordHasher<Account>();
        if (account is null)
        {
            // Hash anyway so a wrong username takes as long as a wrong password and reveals nothing.
            hasher.HashPassword(new Account { Username = username, DisplayName = "", PasswordHash = "", Roles = "" },
                request.Password);
            return InvalidCredentials();
        }

        var now = DateTime.UtcNow;
        if (account.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return Locked(lockedUntil - now);
        }

        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            account.FailedAttempts++;
            if (account.FailedAttempts >= MaxFailedAttempts)
            {
                account.FailedAttempts = 0;
                account.LockedUntil = now + LockoutDuration;
                await db.SaveChangesAsync(cancellationToken);
                return Locked(LockoutDuration);
            }
            await db.SaveChangesAsync(cancellationToken);
            return InvalidCredentials();
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = hasher.HashPassword(account, request.Password);
        }
        account.FailedAttempts = 0;
        account.LockedUntil = null;
        await db.SaveChangesAsync(cancellationToken);

        var (token, expiresIn) = issuer.Issue(account);
        return TypedResults.Ok(new TokenResponse(token, expiresIn, account.RoleList));
    }

    static ProblemHttpResult InvalidCredentials() =>
        Problem(StatusCodes.Status401Unauthorized, "invalid-credentials",
            $"用户名或密码错误。连续 {MaxFailedAttempts} 次错误后账户将被锁定 {LockoutDuration.TotalMinutes:0} 分钟。");

    static ProblemHttpResult Locked(TimeSpan remaining) =>
        Problem(StatusCodes.Status401Unauthorized, "account-locked",
            $"密码连续错误次数过多，账户已锁定，请于 {Math.Ceiling(remaining.TotalMinutes):0} 分钟后重试，或联系管理员解锁。");

    static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Detail = detail, Extensions = { ["code"] = code } });
}
