namespace Platform.Supervision.Live;

/// <summary>
/// Today's running figures for the dashboards, kept outside the database: Redis in the distributed mode (shared by
/// every supervision replica), process memory in the standalone host. A cache of the read model, never its truth:
/// an increment lost between a commit and the counter is healed by <see cref="LiveCountsRebuild"/>, either on the next
/// read (a failed increment marks the day untrusted) or by <see cref="LiveCountsCheck"/>. None of the methods throws
/// when Redis is away: the dashboards then count from the read model.
/// </summary>
public interface ILiveCounters
{
    Task IncrementAsync(DateOnly day, IReadOnlyList<string> fields);

    /// <summary>
    /// The day's counters, or null when they cannot be trusted: none kept (expired, Redis emptied) or only increments
    /// without a rebuild under them (a day that began while the service ran starts from a rebuild on first read).
    /// </summary>
    Task<IReadOnlyDictionary<string, long>?> ReadAsync(DateOnly day);

    Task ReplaceAsync(DateOnly day, IReadOnlyDictionary<string, long> values);

    /// <summary>
    /// Adds a correction to fields (a lost increment +1, a doubled one −1) without touching the others, so increments
    /// made meanwhile by the consumers are kept (a replacement would wipe those made between its read and its write).
    /// </summary>
    Task AdjustAsync(DateOnly day, IReadOnlyDictionary<string, long> deltas);
}
