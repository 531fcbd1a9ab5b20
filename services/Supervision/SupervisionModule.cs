using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Security;
using Platform.Supervision.Approval;
using Platform.Supervision.Calendar;
using Platform.Supervision.Data;
using Platform.Supervision.Disclosure;
using Platform.Supervision.Feed;
using Platform.Supervision.Live;
using Platform.Supervision.Metrics;
using Platform.Supervision.Ratings;
using Platform.Supervision.Reconciliation;
using Platform.Supervision.Reports;
using Platform.Supervision.Trading;
using Platform.Supervision.Warnings;
using Platform.WorkingDays;
using Platform.WorkingDays.Following;

namespace Platform.Supervision;

public static class SupervisionModule
{
    public const string Name = "supervision";

    public static IHostApplicationBuilder AddSupervisionModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<SupervisionDbContext>(Name);
        builder.Services.AddFollowedCalendar<SupervisionDbContext, SupervisionCalendar>();
        builder.Services.AddSingleton<SupervisionFeed>();
        builder.AddRedisOrInProcess<FeedTickets, RedisFeedTickets, InProcessFeedTickets>();
        builder.Services.AddOptions<WarningOptions>().Bind(builder.Configuration.GetSection(YellowRule.CaseSection));
        builder.Services.AddHostedService<WarningClock>();
        builder.Services.AddSingleton<WarningsOnArrival>();
        builder.Services.AddSingleton<ICommittedEventObserver, WarningMetrics>();
        builder.AddRedisOrInProcess<ILiveCounters, RedisLiveCounters, InProcessLiveCounters>();
        builder.Services.AddSingleton<TodaysCounts>();
        builder.Services.AddHostedService<LiveCountsAtStart>();
        builder.Services.AddOptions<LiveOptions>().Bind(builder.Configuration.GetSection("Supervision:Live"));
        builder.Services.AddHostedService<LiveCountsCheck>();
        // Intake's own counts, for reconciliation, read with supervision's own credentials.
        builder.AddServiceClient(ReconciliationApi.IntakeClient, "Intake");
        return builder;
    }

    public static IEndpointRouteBuilder MapSupervisionModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name)
            .MapMetricsApi()
            .MapRatingsApi()
            .MapReconciliationApi()
            .MapWarningsApi()
            .MapMonthlyReportApi()
            .MapFeedApi()
            .MapLiveApi()
            .MapDisclosureOversightApi()
            .MapApprovalFiguresApi()
            .MapTradingFiguresApi();
        return app;
    }
}
