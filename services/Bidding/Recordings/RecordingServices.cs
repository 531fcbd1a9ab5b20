using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Platform.Bidding.Recordings;

public static class RecordingServices
{
    /// <summary>
    /// The purge job and the default holds (TryAdd: a registration of the objections' holds made before wins).
    /// </summary>
    public static IServiceCollection AddRecordings(this IServiceCollection services)
    {
        services.TryAddSingleton<IRecordingHolds, NoRecordingHolds>();
        services.AddHostedService<RecordingPurge>();
        return services;
    }
}
