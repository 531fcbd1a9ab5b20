using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Intake.Agent;
using Platform.Intake.Applications;
using Platform.Intake.Calendar;
using Platform.Intake.Cases;
using Platform.Intake.Data;
using Platform.Intake.Delivery;
using Platform.Intake.Demo;
using Platform.Intake.Files;
using Platform.Intake.Online;
using Platform.Intake.Points;
using Platform.Intake.Queue;
using Platform.Intake.Review;
using Platform.Intake.Statistics;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.ServiceDefaults.Verification;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Intake;

/// <summary>Window intake (窗口受理): applications, cases, processing, ratings, tracking, historical import.</summary>
public static class IntakeModule
{
    public const string Name = "intake";

    public static IHostApplicationBuilder AddIntakeModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<IntakeDbContext>(Name);
        builder.Services.AddFollowedCalendar<IntakeDbContext, IntakeCalendar>();
        builder.AddRedisOrInProcess<ITicketQueue, RedisTicketQueue, InProcessTicketQueue>();
        builder.Services.AddOptions<CaseOptions>().Bind(builder.Configuration.GetSection("Intake"));
        builder.Services.AddOptions<CaseWarningOptions>()
            .Bind(builder.Configuration.GetSection(YellowRule.CaseSection));
        builder.AddSecondFactorGuard();
        builder.Services.AddOptions<UploadOptions>().Bind(builder.Configuration.GetSection(UploadOptions.Section));
        builder.Services.AddSingleton<FileStore>();
        builder.Services.TryAddSingleton<IUploadScanner, AcceptingUploadScanner>();
        builder.Services.AddHostedService<DemoOnlineService>();
        builder.Services.AddSingleton<ICommittedEventObserver, CaseMetrics>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIntakeModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name)
            .MapQueueApi()
            .MapApplicationsApi()
            .MapCasesApi()
            .MapLabelsApi()
            .MapCaseImportApi()
            .MapImportJobsApi(Name, Roles.Admin)
            .MapDailyCountsApi()
            .MapPointsApi()
            .MapAgentApi()
            .MapDeliveryApi()
            .MapFilesApi()
            .MapOnlineApplicationsApi()
            .MapReviewApi();
        return app;
    }
}
