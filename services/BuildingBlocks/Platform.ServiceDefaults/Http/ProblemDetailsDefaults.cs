using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Platform.ServiceDefaults.Http;

public static class ProblemDetailsDefaults
{
    /// <summary>
    /// Every error leaves as RFC 9457 problem details with a trace id and a Chinese title for the common statuses;
    /// exception details never leave the process (the handler below maps known exceptions, the rest is a plain 500).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && context.Exception is null
                && context.ProblemDetails.Detail is null
                && UnreadableRequest.OfUnparsedParameter(context.HttpContext) is { } unparsed)
            {
                context.ProblemDetails = unparsed;
            }
            var problem = context.ProblemDetails;
            problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            if (problem.Status is { } status && ChineseTitles.TryGetValue(status, out var title)
                && (problem.Title is null || problem.Title == DefaultTitle(status)))
            {
                problem.Title = title;
            }
            // Answers nobody wrote a detail for (no route matched, a method the route lacks, an unexpected error).
            if (problem.Detail is null && problem.Status is { } code
                && ChineseDetails.TryGetValue(code, out var detail))
            {
                problem.Detail = detail;
            }
            problem.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<KnownExceptionHandler>();
        // A body or parameter that cannot be read throws in every environment (not only in Development), so that
        // KnownExceptionHandler answers it with a problem naming what is wrong instead of a bare 400.
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return builder;
    }

    static string? DefaultTitle(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "An error occurred while processing your request.",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => null,
    };

    static readonly Dictionary<int, string> ChineseTitles = new()
    {
        [400] = "请求有误",
        [401] = "未登录或登录已失效",
        [403] = "无权执行此操作",
        [404] = "未找到",
        [405] = "不支持此请求方法",
        [409] = "与现有数据冲突",
        [415] = "不支持的内容类型",
        [422] = "无法处理的请求",
        [429] = "请求过于频繁",
        [500] = "服务器内部错误",
        [502] = "上游服务无响应",
        [503] = "服务暂不可用",
        [504] = "上游服务超时",
    };

    static readonly Dictionary<int, string> ChineseDetails = new()
    {
        [400] = "请求有误，请按接口说明检查请求内容后重试。",
        [404] = "没有这个地址：请检查请求路径及其中的编号、日期等是否正确。",
        [405] = "此地址不支持这种请求方法，请查阅接口说明（/openapi/{服务}.json）。",
        [409] = "与现有数据冲突，请刷新后重试。",
        [415] = "不支持此内容类型，请按接口说明设置 Content-Type。",
        [422] = "请求无法处理，请按接口说明检查请求内容。",
        [429] = "请求过于频繁，请稍后再试。",
        [500] = "服务器内部错误，请稍后重试；如一再出现，请将 traceId 告知管理员。",
        [502] = "上游服务无响应，请稍后重试。",
        [503] = "服务暂不可用，请稍后重试。",
        [504] = "上游服务超时，请稍后重试。",
    };
}
