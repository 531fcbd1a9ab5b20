using Platform.Catalogue.Calendar;
using Platform.Catalogue.Data;
using Platform.Catalogue.Demo;
using Platform.Catalogue.Departments;
using Platform.Catalogue.Matters;
using Platform.Catalogue.Points;
using Platform.Catalogue.Statistics;
using Platform.Catalogue.Windows;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Imports;
using Platform.ServiceDefaults.Security;

namespace Platform.Catalogue;

/// <summary>The matter catalogue (事项目录) and the working-day calendar.</summary>
public static class CatalogueModule
{
    public const string Name = "catalogue";

    public static IHostApplicationBuilder AddCatalogueModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<CatalogueDbContext>(Name);
        builder.Services.AddOptions<CatalogueOptions>().Bind(builder.Configuration.GetSection("Catalogue"));
        builder.Services.AddSingleton<CatalogueCalendar>();
        builder.Services.AddHostedService<CalendarLoader>();
        builder.Services.AddHostedService<CalendarNoticeWatch>();
        builder.Services.AddHostedService<CalendarRefresh>();
        builder.Services.AddHostedService<DemoCatalogue>();
        return builder;
    }

    public static IEndpointRouteBuilder MapCatalogueModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name)
            .MapCalendarApi()
            .MapMattersApi()
            .MapMatterImportApi()
            .MapImportJobsApi(Name, Roles.CatalogueAdmin)
            .MapDepartmentsApi()
            .MapWindowsApi()
            .MapServicePointsApi()
            .MapStatisticsApi();
        return app;
    }
}
