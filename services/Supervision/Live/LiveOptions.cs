namespace Platform.Supervision.Live;

/// <summary>Section Supervision:Live.</summary>
public sealed class LiveOptions
{
    /// <summary>How often each replica compares today's counters with the read model (and rebuilds them).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(10);
}
