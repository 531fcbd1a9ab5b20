using Platform.Supervision.Data;
using Platform.ServiceDefaults;

namespace Platform.Supervision;

public static class SupervisionModule
{
    public const string Name = "supervision";

    public static IHostApplicationBuilder AddSupervisionModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<SupervisionDbContext>(Name);
        return builder;
    }

    public static IEndpointRouteBuilder MapSupervisionModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name);
        return app;
    }
}
