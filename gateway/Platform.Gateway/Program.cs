using Platform.Edge;
using Platform.Edge.Accounts;
using Platform.ServiceDefaults;

namespace Platform.Gateway;

/// <summary>The one public entry of the distributed mode: routes in configuration (section ReverseProxy).</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        if (PasswordHashCommand.TryRun(args, Console.In, Console.Out))
        {
            return;
        }
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("gateway");
        builder.AddEdge();
        builder.AddGatewayProxy();
        builder.AddBusWhenClockAdjustable();

        var app = builder.Build();
        app.UseEdge();
        app.MapDefaultEndpoints();
        app.MapEdgeEndpoints();
        app.MapGatewayProxy();
        app.Run();
    }
}
