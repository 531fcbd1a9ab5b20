using Platform.Disclosure.Data;
using Platform.ServiceDefaults;

namespace Platform.Disclosure;

public static class DisclosureModule
{
    public const string Name = "disclosure";

    public static IHostApplicationBuilder AddDisclosureModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<DisclosureDbContext>(Name);
        return builder;
    }

    public static IEndpointRouteBuilder MapDisclosureModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name);
        return app;
    }
}
