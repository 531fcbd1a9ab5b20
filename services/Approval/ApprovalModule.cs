using Platform.Approval.Data;
using Platform.ServiceDefaults;

namespace Platform.Approval;

public static class ApprovalModule
{
    public const string Name = "approval";

    public static IHostApplicationBuilder AddApprovalModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<ApprovalDbContext>(Name);
        return builder;
    }

    public static IEndpointRouteBuilder MapApprovalModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name);
        return app;
    }
}
