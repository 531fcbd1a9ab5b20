using System.Text.Json;
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
            BadHttpRequestException bad => Unreadable(bad),
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
    /// <see cref="ProblemDetailsDefaults"/>): a JSON value of the wrong type is named by its path in the body.
    /// </summary>
    static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Problems.Details(bad.StatusCode, "json-required",
                "请以 Content-Type: application/json 提交 JSON 格式的请求内容。");
        }
        if (bad.InnerException is JsonException { Path: { Length: > 1 } path })
        {
            var field = path.TrimStart('$', '.');
            return Problems.Details(bad.StatusCode, "bad-request",
                $"请求内容在 {field} 处无法读取：JSON 格式有误，或该值的类型不对（例如数字写成了文字、列表写成了单个值）。"
                + "请按接口说明改正后重试。", new[] { new FieldError(field, "格式或类型不正确。") });
        }
        return Problems.Details(bad.StatusCode, "bad-request",
            bad.InnerException is JsonException
                ? "请求内容不是有效的 JSON，请检查格式后重试。"
                : "请求内容缺失或格式不正确：请按接口说明提交（JSON 请求体须为对象），并检查地址中的参数。");
    }
}
