using Platform.Approval;
using Platform.Bidding;
using Platform.Catalogue;
using Platform.Disclosure;
using Platform.Edge;
using Platform.Intake;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision;

namespace Platform.Standalone;

/// <summary>The whole hall in one process: `dotnet run --project deploy/Platform.Standalone`.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("standalone");
        builder.AddEdge();
        builder.Services.LimitWritesEverywhere(builder.Configuration);
        builder.AddCatalogueModule();
        builder.AddIntakeModule();
        builder.AddApprovalModule();
        builder.AddBiddingModule();
        builder.AddDisclosureModule();
        builder.AddSupervisionModule();
        builder.AddPlatformBus();

        var app = builder.Build();
        app.UseEdge();
        app.MapDefaultEndpoints();
        app.MapEdgeEndpoints();
        app.MapCatalogueModule();
        app.MapIntakeModule();
        app.MapApprovalModule();
        app.MapBiddingModule();
        app.MapDisclosureModule();
        app.MapSupervisionModule();
        app.Run();
    }
}
