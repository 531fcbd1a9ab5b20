using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Http;

namespace Platform.Edge;

/// <summary>
/// Named limiter policies. "writes": POST/PUT/PATCH/DELETE per signed-in user, else per client IP (section
/// RateLimits:WritesPerMinute, default 120); reads are not limited. "sign-in": token requests per IP
/// (RateLimits:SignInsPerMinute, default 20), against password guessing. A refusal is a 429 problem with Retry-After.
/// </summary>
public static class EdgeRateLimits
{
    public const string Writes = "writes";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddEdgeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writesPerMinute = configuration.GetValue("RateLimits:WritesPerMinute", 120);
        var signInsPerMinute = configuration.GetValue("RateLimits:SignInsPerMinute", 20);
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(Writes, context => WritePartition(context, writesPerMinute));
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                "ip:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = signInsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
            options.OnRejected = WriteProblem;
        });
    }

    /// <summary>
    /// For a host without per-route policies (the standalone host): the write limit on every request.
    /// </summary>
    public static IServiceCollection LimitWritesEverywhere(this IServiceCollection services,
        IConfiguration configuration)
    {
        var writesPerMinute = configuration.GetValue("RateLimits:WritesPerMinute", 120);
        return services.Configure<RateLimiterOptions>(options =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(
                context => WritePartition(context, writesPerMinute)));
    }

    static RateLimitPartition<string> WritePartition(HttpContext context, int permitsPerMinute)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || HttpMethods.IsOptions(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }
        var key = context.User.Identity?.IsAuthenticated == true
            ? "user:" + context.User.FindFirst("sub")?.Value
            : "ip:" + context.Connection.RemoteIpAddress;
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permitsPerMinute,
            TokensPerPeriod = permitsPerMinute,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    static async ValueTask WriteProblem(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : TimeSpan.FromSeconds(60);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        RetryAfter.Set(http.Response, retryAfter);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = $"提交过于频繁，请 {Math.Ceiling(retryAfter.TotalSeconds):0} 秒后再试。",
                Extensions = { ["code"] = "rate-limited" },
            },
        });
    }
}
