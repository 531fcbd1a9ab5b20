using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.WorkingDays;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Turns the exceptions that mean "the request was bad" into 4xx problems, and a server this service needs being away
/// into a 503 with Retry-After; anything else stays a 500 whose body says nothing about the exception (it is logged
/// with the trace id instead).
/// </summary>
sealed class KnownExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad => Unreadable(context, bad),
            // Two requests wrote the same key at the same moment (two imports of one file, a double click that
            // escaped the Idempotency-Key): the loser changed nothing and can simply try again.
            DbUpdateException
            {
                InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }
                    or SqliteException { SqliteExtendedErrorCode: 2067 or 1555 }
            }
                or DbUpdateConcurrencyException => new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Detail = "同一数据刚被另一个请求同时修改，本次请求未做任何改动；请刷新后重试。",
                    Extensions = { ["code"] = "concurrent-write" },
                },
            CalendarYearMissingException missing => Problems.CalendarYearMissing(missing.Year),
            _ when DependencyOutage.Of(exception) is { } server => Outage(context, server),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    static ProblemDetails Outage(HttpContext context, string server)
    {
        RetryAfter.Set(context.Response, DependencyOutage.RetryAfter);
        return Problems.Details(StatusCodes.Status503ServiceUnavailable, "dependency-unavailable",
            server == "cache"
                ? "系统缓存服务暂时中断，本次操作未能完成；请几秒后重试。"
                : "系统数据库暂时不可用（正在恢复），本次操作未能完成；请几秒后重试。");
    }

    /// <summary>
    /// A body or parameter the endpoint could not read (thrown in every environment, see
    /// <see cref="ProblemDetailsDefaults"/>).
    /// </summary>
    static ProblemDetails Unreadable(HttpContext context, BadHttpRequestException bad) =>
        bad.StatusCode == StatusCodes.Status415UnsupportedMediaType
            ? Problems.Details(bad.StatusCode, "json-required",
                "请以 Content-Type: application/json 提交 JSON 格式的请求内容。")
            : UnreadableRequest.Of(context, bad);
}
