using Platform.Bidding.Data;
using Platform.ServiceDefaults;

namespace Platform.Bidding;

public static class BiddingModule
{
    public const string Name = "bidding";

    public static IHostApplicationBuilder AddBiddingModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<BiddingDbContext>(Name);
        return builder;
    }

    public static IEndpointRouteBuilder MapBiddingModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name).WithTags(Name);
        return app;
    }
}
