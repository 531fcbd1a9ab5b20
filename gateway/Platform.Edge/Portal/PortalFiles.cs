using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Platform.Edge.Portal;

/// <summary>
/// The web portal (`web/`, built into the host's `portal` folder by web/Portal.targets) at `/`: hashed assets cached
/// for a year, index.html never cached (a new release is seen at once), and every deep link of the history-mode router
/// answered with index.html. The API, health, OpenAPI and API page paths are never touched: an unknown API route
/// stays a 404.
/// </summary>
public static class PortalFiles
{
    static readonly string[] NotPortal = ["/api", "/api-docs", "/health", "/openapi"];

    /// <summary>The folder served: Portal:Root, else `portal` beside the host's assemblies.</summary>
    public static string RootOf(IConfiguration configuration) =>
        configuration["Portal:Root"] is { Length: > 0 } root
            ? Path.GetFullPath(root)
            : Path.Combine(AppContext.BaseDirectory, "portal");

    public static WebApplication UsePortal(this WebApplication app)
    {
        var root = RootOf(app.Configuration);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalFiles))
                .LogWarning("No web portal at {Root}: build it with `npm ci && npm run build` in web/", root);
            return app;
        }
        var files = new PhysicalFileProvider(root);
        app.Use((context, next) =>
        {
            switch (Classify(context.Request, files))
            {
                case Kind.DeepLink:
                    context.Request.Path = "/index.html";
                    break;
                case Kind.MissingFile:
                    // Not the API's business (whose fallback policy would answer 401): a file that is not there.
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
            }
            return next(context);
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl =
                file.Context.Request.Path.StartsWithSegments("/assets")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache",
        });
        return app;
    }

    enum Kind { NotPortal, File, DeepLink, MissingFile }

    /// <summary>
    /// A page address of the portal has no extension and no file of its name (the router draws it); an API or system
    /// path, or a write, is never the portal's.
    /// </summary>
    static Kind Classify(HttpRequest request, IFileProvider files)
    {
        if ((!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            || NotPortal.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return Kind.NotPortal;
        }
        var path = request.Path.Value ?? "/";
        if (path != "/" && files.GetFileInfo(path).Exists)
        {
            return Kind.File;
        }
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        return lastSegment.Contains('.') ? Kind.MissingFile : Kind.DeepLink;
    }
}
