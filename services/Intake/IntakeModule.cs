using Platform.Intake.Data;
using Platform.ServiceDefaults;

namespace Platform.Intake;

public static class IntakeModule
{
    public const string Name = "intake";

    public static IHostApplicationBuilder AddIntakeModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<IntakeDbContext>(Name);
        return builder;
    }

    public static IEndpointRouteBuilder MapIntakeModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name);
        return app;
    }
}
