using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;

namespace Platform.ServiceDefaults.Verification;

/// <summary>
/// The guarded check of the second factor (tracking, rating and claiming by code): a locked subject (a case number, a
/// project code) or client gets a 429 problem with Retry-After before anything is compared, and every failure is
/// counted.
/// </summary>
public static class SecondFactor
{
    /// <summary>Null when the code is right; otherwise the 429 of a lock or the caller's own failure answer.</summary>
    public static async Task<ProblemHttpResult?> CheckAsync(HttpContext http, VerificationLimiter limiter,
        string subject, Func<bool> verifies, Func<ProblemHttpResult> failure)
    {
        var client = Client(http);
        if (await limiter.LockedForAsync(subject, client) is { } locked)
        {
            return TooManyAttempts(http, locked);
        }
        if (verifies())
        {
            return null;
        }
        await limiter.FailedAsync(subject, client);
        return failure();
    }

    /// <summary>
    /// The client's address: behind the gateway the edge's own X-Forwarded-For (the edge drops any a client sends
    /// and writes the address it saw), else the connection's.
    /// </summary>
    static string Client(HttpContext http)
    {
        var forwarded = http.Request.Headers["X-Forwarded-For"].ToString();
        if (forwarded.Length > 0)
        {
            return forwarded.Split(',')[^1].Trim();
        }
        return http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    static ProblemHttpResult TooManyAttempts(HttpContext http, TimeSpan locked)
    {
        var seconds = (long)Math.Ceiling(locked.TotalSeconds);
        RetryAfter.Set(http.Response, locked);
        return Problems.Of(StatusCodes.Status429TooManyRequests, "too-many-attempts",
            $"验证码错误次数过多，已暂停验证约 {Math.Max(1, (seconds + 59) / 60)} 分钟，请稍后再试；"
            + "也可携带身份证件到大厅窗口查询，或登录后在“我的办件”中查看。");
    }
}
