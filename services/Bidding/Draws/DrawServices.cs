using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.WorkingDays;

namespace Platform.Bidding.Draws;

public static class DrawServices
{
    /// <summary>
    /// The hall's clock stamps scheduling and drawing; TryAdd, as the standalone host's other modules register it too.
    /// </summary>
    public static IServiceCollection AddDrawServices(this IServiceCollection services)
    {
        services.TryAddSingleton<HallClock>();
        return services;
    }
}
