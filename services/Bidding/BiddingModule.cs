using Platform.Bidding.Auctions;
using Platform.Bidding.Award;
using Platform.Bidding.Bids;
using Platform.Bidding.Calendar;
using Platform.Bidding.Data;
using Platform.Bidding.Demo;
using Platform.Bidding.Draws;
using Platform.Bidding.Evaluation;
using Platform.Bidding.Experts;
using Platform.Bidding.FixedPrice;
using Platform.Bidding.OpenData;
using Platform.Bidding.Opening;
using Platform.Bidding.Projects;
using Platform.Bidding.Public;
using Platform.Bidding.Record;
using Platform.Bidding.Recordings;
using Platform.Bidding.Rooms;
using Platform.ServiceDefaults;
using Platform.WorkingDays.Following;

namespace Platform.Bidding;

/// <summary>
/// Public-resource trading (公共资源交易): projects and announcements, sealed bids, the opening, award and contract,
/// the tamper-evident record, the public pages' API.
/// </summary>
public static class BiddingModule
{
    public const string Name = "bidding";

    public static IHostApplicationBuilder AddBiddingModule(this IHostApplicationBuilder builder)
    {
        builder.AddServiceModule<BiddingDbContext>(Name);
        builder.Services.AddFollowedCalendar<BiddingDbContext, BiddingCalendar>();
        builder.Services.AddOptions<BiddingOptions>().Bind(builder.Configuration.GetSection("Bidding"))
            .Validate(o => o.PublicityDays >= 3, "Bidding:PublicityDays: 中标候选人公示期依法不少于 3 日。")
            .ValidateOnStart();
        builder.Services.AddHostedService<ContractOverdueWatch>();
        builder.Services.AddDrawServices();
        builder.Services.AddRecordings<OpenObjectionHolds>();
        builder.Services.AddHostedService<HeadPublicationJob>();
        builder.Services.AddHostedService<DemoBidding>();
        return builder;
    }

    public static IEndpointRouteBuilder MapBiddingModule(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/" + Name)
            .MapProjectsApi()
            .MapBidsApi()
            .MapOpeningApi()
            .MapAwardApi()
            .MapEvaluationApi()
            .MapRecordApi()
            .MapHeadPublicationsApi()
            .MapPublicProjectsApi()
            .MapPublicClockApi()
            .MapDrawsApi()
            .MapExpertsApi()
            .MapOcdsApi()
            .MapFixedPriceApi()
            .MapAuctionsApi()
            .MapRoomsApi()
            .MapRecordingsApi();
        return app;
    }
}
