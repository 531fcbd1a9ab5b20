using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Imports;

namespace Platform.Edge;

/// <summary>
/// The largest request body of every route, counted as it is read, so a chunked body (no Content-Length) is held to
/// it as well as a declared one: RequestLimits:MaxBodyBytes (default 1 MB) and, for the CSV imports
/// (POST …/import), RequestLimits:MaxImportBodyBytes (default 200 MB, <see cref="ImportLimits"/>), and for file
/// uploads (POST /api/intake/files) RequestLimits:MaxUploadBodyBytes (default 11 MB: intake's 10 MiB file limit
/// plus the multipart framing; intake answers a file over its own limit with its own problem). Too large is a 413
/// problem, whoever read the body (an endpoint, the JSON binder or the proxy). Runs inside the error pipeline so it
/// answers before the exception handler or the status-code pages turn the refusal into a generic answer.
/// </summary>
public sealed class RequestSizeLimits(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultMaxBodyBytes = 1024 * 1024;
    public const long DefaultMaxImportBodyBytes = ImportLimits.DefaultMaxBytes;
    public const long DefaultMaxUploadBodyBytes = 11 * 1024 * 1024;

    readonly long _maxBody = MaxBody(configuration);
    readonly long _maxImportBody = MaxImportBody(configuration);
    readonly long _maxUploadBody = MaxUploadBody(configuration);

    /// <summary>The largest limit of any route: Kestrel's own ceiling in both hosts.</summary>
    public static long Ceiling(IConfiguration configuration) =>
        Math.Max(Math.Max(MaxBody(configuration), MaxImportBody(configuration)), MaxUploadBody(configuration));

    static long MaxBody(IConfiguration configuration) =>
        configuration.GetValue("RequestLimits:MaxBodyBytes", DefaultMaxBodyBytes);

    static long MaxImportBody(IConfiguration configuration) =>
        ImportLimits.MaxBytes(configuration);

    static long MaxUploadBody(IConfiguration configuration) =>
        configuration.GetValue("RequestLimits:MaxUploadBodyBytes", DefaultMaxUploadBodyBytes);

    /// <summary>True when this request's body went over its limit (the proxy's error writer leaves it to us).</summary>
    public static bool Exceeded(HttpContext context) => context.Items.ContainsKey(typeof(RequestSizeLimits));

    public async Task InvokeAsync(HttpContext context)
    {
        var limit = IsImport(context.Request) ? _maxImportBody : IsUpload(context.Request) ? _maxUploadBody : _maxBody;
        if (context.Request.ContentLength > limit)
        {
            await WriteProblemAsync(context, limit);
            return;
        }
        var original = context.Request.Body;
        context.Request.Body = new LimitedRequestBody(original, limit,
            () => context.Items[typeof(RequestSizeLimits)] = true);
        try
        {
            await next(context);
        }
        catch (Exception) when (Exceeded(context) && !context.Response.HasStarted)
        {
            // An endpoint that read the body itself: the exception is the refusal.
        }
        finally
        {
            context.Request.Body = original;
        }
        if (Exceeded(context) && !context.Response.HasStarted)
        {
            // The JSON binder or the proxy stopped reading and answered without a body; the answer is ours.
            context.Response.Clear();
            await WriteProblemAsync(context, limit);
        }
    }

    static bool IsImport(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.Value?.EndsWith("/import", StringComparison.OrdinalIgnoreCase) == true;

    static bool IsUpload(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.Value?.TrimEnd('/').Equals("/api/intake/files", StringComparison.OrdinalIgnoreCase) == true;

    static async Task WriteProblemAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var size = ImportLimits.Describe(limit);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "请求内容过大",
                Type = "https://service-hall.local/problems/request-too-large",
                Detail = $"请求内容超过本接口允许的 {size}，未做任何处理；文件请拆分后分批上传。",
                Extensions = { ["code"] = "request-too-large", ["maxBytes"] = limit },
            },
        });
    }
}
