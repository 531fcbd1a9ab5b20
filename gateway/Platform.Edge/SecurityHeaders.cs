using Microsoft.AspNetCore.Http;
using Scalar.AspNetCore;

namespace Platform.Edge;

/// <summary>
/// The browser-facing headers of every answer, proxied or local: no MIME sniffing, no framing, no referrer, a
/// Content-Security-Policy, and no Server header (Kestrel's is off in both hosts; a proxied service's is dropped here).
/// HTML answers (the printable annual report, later the portal) may use their own scripts, styles and images and
/// inline styles (the report's &lt;style&gt;), nothing from another origin; any other answer may load nothing. The API
/// page alone may also run its own inline start-up script, by nonce.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string HtmlPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
        + "form-action 'self'; frame-ancestors 'none'";

    public const string ApiPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The API page (<see cref="ApiDocumentsPage"/>) starts with an inline script: allowed by its per-answer nonce
    /// there, and nowhere else; everything else stays as for any HTML answer.
    /// </summary>
    public static string ApiDocumentsPolicy(string nonce) =>
        HtmlPolicy.Replace("script-src 'self'", $"script-src 'self' 'nonce-{nonce}'", StringComparison.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = !IsHtml(response.ContentType) ? ApiPolicy
                : response.HttpContext.Items[ScalarOptions.NonceHttpContextItemKey] is string nonce
                    ? ApiDocumentsPolicy(nonce)
                    : HtmlPolicy;
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }

    static bool IsHtml(string? contentType) =>
        contentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
}
