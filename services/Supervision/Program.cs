using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Supervision;

/// <summary>The supervision service on its own: one of the processes of the distributed mode.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("supervision");
        builder.AddSupervisionModule();
        builder.AddPlatformBus();

        var app = builder.Build();
        app.UsePlatformDefaults();
        app.MapDefaultEndpoints();
        app.MapSupervisionModule();
        app.Run();
    }
}
