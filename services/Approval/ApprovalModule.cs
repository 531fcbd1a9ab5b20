using Platform.Approval.Calendar;
using Platform.Approval.Data;
using Platform.Approval.Demo;
using Platform.Approval.Import;
using Platform.Approval.Projects;
using Platform.Approval.Stages;
using Platform.Approval.Tasks;
using Platform.Approval.Timeline;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Security;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays.Following;

namespace Platform.Approval;

/// <summary>
/// Parallel approval (并联审批) of construction projects: projects, the four stages, the lead department's check, the
/// departments' tasks in parallel, the applicant's timeline, historical import.
/// </summary>
public static class ApprovalModule
{
    public const string Name = "approval";

    public static IHostApplicationBuilder AddApprovalModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<ApprovalDbContext>(Name);
        builder.Services.AddFollowedCalendar<ApprovalDbContext, ApprovalCalendar>();
        builder.AddSecondFactorGuard();
        builder.Services.AddHostedService<DemoApproval>();
        return builder;
    }

    public static IEndpointRouteBuilder MapApprovalModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name)
            .MapProjectsApi()
            .MapTimelineApi()
            .MapProjectTrackingApi()
            .MapStageDefinitionsApi()
            .MapStagesApi()
            .MapStageImportApi()
            .MapImportJobsApi(Name, Roles.Admin)
            .MapTasksApi();
        return app;
    }
}
