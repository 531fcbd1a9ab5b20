using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Edge.Accounts;
using Platform.Edge.Tokens;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge;

public static class EdgeExtensions
{
    /// <summary>Local accounts and tokens (unless an OIDC authority issues them), and the rate limits.</summary>
    public static IHostApplicationBuilder AddEdge(this IHostApplicationBuilder builder)
    {
        var auth = AuthSettings.From(builder.Configuration);
        if (!auth.IsOidc)
        {
            builder.AddServiceDatabase<AccountsDbContext>("accounts");
            builder.Services.AddSingleton<TokenIssuer>();
            builder.Services.AddHostedService<DemoAccounts>();
        }
        builder.Services.AddEdgeRateLimits(builder.Configuration);
        builder.Services.AddServiceOpenApi("auth");
        return builder;
    }

    /// <summary>The edge pipeline: header hygiene first, then errors, authentication, limits, authorization.</summary>
    public static WebApplication UseEdge(this WebApplication app)
    {
        app.UseMiddleware<HeaderHygiene>();
        return app.UsePlatformDefaults(afterAuthentication: edge => edge.UseRateLimiter());
    }

    public static IEndpointRouteBuilder MapEdgeEndpoints(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<TokenIssuer>() is not null)
        {
            app.MapTokenApi();
        }
        return app;
    }
}
