using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Security;

public static class PlatformAuthentication
{
    /// <summary>Policy names used on routes. One policy per role (admin always passes), plus these.</summary>
    public const string Authenticated = "authenticated";

    /// <summary>
    /// Bearer tokens validated the same way in every process: the gateway checks them first, each service checks
    /// them again (defence in depth: a service reached around the gateway still refuses anonymous writes).
    /// Anything not explicitly opened with AllowAnonymous needs a signed-in user (the fallback policy).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var settings = AuthSettings.From(builder.Configuration);
        builder.Services.AddSingleton(settings);

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    NameClaimType = "name",
                    RoleClaimType = "role",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                if (settings.IsOidc)
                {
                    options.Authority = settings.Authority;
                    options.Audience = settings.Audience;
                    options.TokenValidationParameters.ValidIssuer = null;
                    options.TokenValidationParameters.ValidateIssuer = true;
                }
                else
                {
                    options.TokenValidationParameters.IssuerSigningKey = settings.ResolveSigningKey();
                }
                options.Events = new JwtBearerEvents
                {
                    OnChallenge = WriteUnauthorized,
                    OnForbidden = WriteForbidden,
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Authenticated, policy => policy.RequireAuthenticatedUser())
            .AddRolePolicies();
        return builder;
    }

    static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireRole(role, Roles.Admin));
        }
        return authorization;
    }

    public static string? Department(this ClaimsPrincipal user) => user.FindFirst(Roles.DepartmentClaim)?.Value;

    /// <summary>The signed-in account (the token's subject), as recorded in audit trails.</summary>
    public static string UserName(this ClaimsPrincipal user) => user.FindFirst("sub")?.Value ?? "unknown";

    static async Task WriteUnauthorized(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure is null
            ? "此操作需要登录：请先通过 POST /api/auth/token 获取令牌，并以 Authorization: Bearer <令牌> 发送。"
            : "登录令牌无效或已过期，请重新登录。";
        await WriteProblem(context.HttpContext, StatusCodes.Status401Unauthorized, "unauthenticated", detail);
    }

    static Task WriteForbidden(ForbiddenContext context) =>
        WriteProblem(context.HttpContext, StatusCodes.Status403Forbidden, "forbidden",
            "当前账户的角色无权执行此操作。");

    static async Task WriteProblem(HttpContext http, int status, string code, string detail)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail, Extensions = { ["code"] = code } },
        });
    }
}
