using Platform.Supervision.Data;
using Platform.ServiceDefaults;
using Platform.Supervision.Metrics;

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
        app.MapGroup("/api/" + Name).MapMetricsApi();
        return app;
    }
}
