using Platform.Bidding.Data;
using Platform.Bidding.Draws;
using Platform.Bidding.Experts;
using Platform.ServiceDefaults;

namespace Platform.Bidding;

public static class BiddingModule
{
    public const string Name = "bidding";

    public static IHostApplicationBuilder AddBiddingModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<BiddingDbContext>(Name);
        builder.Services.AddDrawServices();
        return builder;
    }

    public static IEndpointRouteBuilder MapBiddingModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name).MapDrawsApi().MapExpertsApi();
        return app;
    }
}
