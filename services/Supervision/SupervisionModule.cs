using Platform.Supervision.Data;
using Platform.ServiceDefaults;
using Platform.Supervision.Metrics;
using Platform.Supervision.Ratings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.WorkingDays;

namespace Platform.Supervision;

public static class SupervisionModule
{
    public const string Name = "supervision";

    public static IHostApplicationBuilder AddSupervisionModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<SupervisionDbContext>(Name);
        builder.Services.AddSingleton<SupervisionCalendar>();
        builder.Services.TryAddSingleton<HallClock>();
        return builder;
    }

    public static IEndpointRouteBuilder MapSupervisionModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).MapMetricsApi().MapRatingsApi();
        return app;
    }
}
