namespace Platform.Bidding.Recordings;

public static class RecordingServices
{
    /// <summary>
    /// The purge job, with <typeparamref name="THolds"/> naming the projects whose recordings stay (the objections).
    /// </summary>
    public static IServiceCollection AddRecordings<THolds>(this IServiceCollection services)
        where THolds : class, IRecordingHolds
    {
        services.AddSingleton<IRecordingHolds, THolds>();
        services.AddHostedService<RecordingPurge>();
        return services;
    }
}
