using Platform.Disclosure.AnnualReport;
using Platform.Disclosure.Calendar;
using Platform.Disclosure.Data;
using Platform.Disclosure.Demo;
using Platform.Disclosure.Publications;
using Platform.Disclosure.Requests;
using Platform.Disclosure.Warnings;
using Platform.Disclosure.Watch;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Security;
using Platform.WorkingDays.Following;

namespace Platform.Disclosure;

/// <summary>
/// Information disclosure (政务公开): publications, requests on their statutory clock, the annual report.
/// </summary>
public static class DisclosureModule
{
    public const string Name = "disclosure";

    public static IHostApplicationBuilder AddDisclosureModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<DisclosureDbContext>(Name);
        builder.Services.AddOptions<DisclosureOptions>().Bind(builder.Configuration.GetSection("Disclosure"));
        builder.Services.AddFollowedCalendar<DisclosureDbContext, DisclosureCalendar>();
        builder.Services.AddSingleton<RequestViews>();
        builder.Services.AddHostedService<DeadlineWatch>();
        builder.Services.AddHostedService<DemoDisclosure>();
        return builder;
    }

    public static IEndpointRouteBuilder MapDisclosureModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name)
            .MapPublicationsApi()
            .MapPublicPublicationsApi()
            .MapRequestsApi()
            .MapPublicRequestsApi()
            .MapRequestImportApi()
            .MapImportJobsApi(Name, Roles.DisclosureOfficer)
            .MapWarningsApi()
            .MapAnnualReportApi()
            .MapAnnualFiguresImportApi();
        return app;
    }
}
