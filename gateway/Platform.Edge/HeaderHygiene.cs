using Microsoft.AspNetCore.Http;

namespace Platform.Edge;

/// <summary>
/// Drops headers a client must never be able to set: forwarding headers (the edge writes its own) and any identity
/// header a downstream component might trust. Runs first, before anything reads them.
/// </summary>
public sealed class HeaderHygiene(RequestDelegate next)
{
    static readonly string[] Exact =
        ["Forwarded", "X-Real-IP", "X-Client-IP", "X-Original-For", "X-Department", "X-Roles"];
    static readonly string[] Prefixes = ["X-Forwarded-", "X-User", "X-Auth", "X-Identity", "X-Ms-Client-Principal"];

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        foreach (var name in headers.Keys.ToArray())
        {
            if (Exact.Contains(name, StringComparer.OrdinalIgnoreCase)
                || Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                headers.Remove(name);
            }
        }
        return next(context);
    }
}
