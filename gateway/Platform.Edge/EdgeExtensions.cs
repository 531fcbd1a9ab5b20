using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Platform.Edge.Accounts;
using Platform.Edge.Clock;
using Platform.Edge.Lockout;
using Platform.Edge.Portal;
using Platform.Edge.Tokens;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Clock;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge;

public static class EdgeExtensions
{
    /// <summary>
    /// Local accounts and tokens (unless an OIDC authority issues them), the rate limits, the request size limits and
    /// Kestrel without its Server header; the hall clock.
    /// </summary>
    public static IHostApplicationBuilder AddEdge(this IHostApplicationBuilder builder)
    {
        var auth = AuthSettings.From(builder.Configuration);
        if (!auth.IsOidc)
        {
            builder.AddServiceDatabase<AccountsDbContext>("accounts");
            builder.Services.AddSingleton<TokenIssuer>();
            // One hasher for sign-in, demo accounts and the bootstrap: PBKDF2 at ASP.NET Core Identity's defaults.
            builder.Services.TryAddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
            builder.Services.AddHostedService<DemoAccounts>();
            builder.Services.AddHostedService<AdminBootstrap>();
            // The gateway runs as several replicas in compose/Kubernetes: a client's attempts may reach any of them,
            // so the lockout counts live in the shared cache there (in process memory in the one-process host).
            builder.AddRedisOrInProcess<ISignInLockout, RedisSignInLockout, InProcessSignInLockout>();
        }
        builder.Services.AddHostedService<PrivateFilesCheck>();
        builder.Services.AddEdgeRateLimits(builder.Configuration);
        builder.Services.AddServiceOpenApi("auth");
        // The edge serves the hall clock's admin route in both modes (ClockApi).
        builder.AddHallClock();
        builder.Services.AddServiceOpenApi("admin");
        var ceiling = RequestSizeLimits.Ceiling(builder.Configuration);
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = ceiling;
        });
        return builder;
    }

    /// <summary>
    /// The edge pipeline: header hygiene and security headers first, the web portal's files, then errors,
    /// authentication, limits (rate and size, inside the error pipeline so their refusals are the edge's own
    /// problems), authorization.
    /// </summary>
    public static WebApplication UseEdge(this WebApplication app)
    {
        app.UseMiddleware<HeaderHygiene>();
        app.UseMiddleware<SecurityHeaders>();
        // The portal's files are public and served before authentication: the fallback policy guards the API only.
        app.UsePortal();
        return app.UsePlatformDefaults(afterAuthentication: edge =>
        {
            edge.UseRateLimiter();
            edge.UseMiddleware<RequestSizeLimits>();
        });
    }

    public static IEndpointRouteBuilder MapEdgeEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<TokenIssuer>() is not null)
        {
            app.MapTokenApi();
            app.MapAccountsApi();
        }
        app.MapClockApi();
        app.MapApiDocumentsPage();
        return app;
    }
}
