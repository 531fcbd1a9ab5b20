using Microsoft.AspNetCore.Mvc;
using Platform.Edge;
using Platform.ServiceDefaults.Http;

namespace Platform.Gateway;

public static class GatewayProxy
{
    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }

    /// <summary>YARP's standard pipeline, with its errors (502/503/504) answered as problem details.</summary>
    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(WriteForwardingErrors);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    static async Task WriteForwardingErrors(HttpContext context, Func<Task> next)
    {
        await next();
        var error = context.GetForwarderErrorFeature();
        // A body over the edge's size limit is the client's fault: RequestSizeLimits answers it with a 413.
        if (error is null || context.Response.HasStarted || RequestSizeLimits.Exceeded(context))
        {
            return;
        }

        var service = context.GetReverseProxyFeature().Route.Cluster?.ClusterId ?? "上游";
        var status = context.Response.StatusCode is >= 500 and <= 504
            ? context.Response.StatusCode
            : StatusCodes.Status502BadGateway;
        var (code, detail) = status switch
        {
            StatusCodes.Status503ServiceUnavailable => ("service-unavailable", $"{service} 服务暂无可用实例，请稍后重试。"),
            StatusCodes.Status504GatewayTimeout => ("service-timeout", $"{service} 服务响应超时，请稍后重试。"),
            _ => ("service-unreachable", $"无法连接 {service} 服务，请稍后重试。"),
        };
        context.Response.StatusCode = status;
        // A service restarting is back within seconds: say when to try again, as a service does when its own
        // database is away.
        RetryAfter.Set(context.Response, DependencyOutage.RetryAfter);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = status,
                Detail = detail,
                Extensions = { ["code"] = code, ["forwarderError"] = error.Error.ToString() },
            },
        });
    }
}
