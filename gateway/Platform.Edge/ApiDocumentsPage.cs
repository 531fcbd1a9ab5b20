using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Platform.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;

namespace Platform.Edge;

/// <summary>
/// The interactive API page (Scalar) at /api-docs over every document the platform serves at
/// /openapi/{name}.json (the gateway forwards the services' documents to them). Anonymous like the documents. Its
/// script is the package's embedded copy served beside the page and the CDN fonts are off: the hall's network may be
/// closed. Each answer carries a fresh nonce for the page's inline start-up script, which
/// <see cref="SecurityHeaders"/> allows on that answer only.
/// </summary>
public static class ApiDocumentsPage
{
    public const string Path = "/api-docs";

    public static IEndpointRouteBuilder MapApiDocumentsPage(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, options =>
        {
            options.WithTitle("政务服务中心 API 文档")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                // Its SDK, share and deploy buttons lead to Scalar's online services, which a hall does not use.
                .HideDeveloperTools()
                .WithNonce()
                .AddPreferredSecuritySchemes(BearerScheme.Name);
            foreach (var (name, title) in DocumentConventions.Documents)
            {
                options.AddDocument(name, title, isDefault: name == DocumentConventions.Documents[0].Name);
            }
        }).AllowAnonymous();
        return app;
    }
}
