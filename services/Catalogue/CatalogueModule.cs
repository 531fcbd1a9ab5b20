using Platform.Catalogue.Data;
using Platform.ServiceDefaults;

namespace Platform.Catalogue;

public static class CatalogueModule
{
    public const string Name = "catalogue";

    public static IHostApplicationBuilder AddCatalogueModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<CatalogueDbContext>(Name);
        return builder;
    }

    public static IEndpointRouteBuilder MapCatalogueModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name);
        return app;
    }
}
