using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Platform.ServiceDefaults.Observability;

/// <summary>
/// The health of the outbox and inbox in numbers an operator can alert on: how late events arrive (a slow consumer
/// or a stuck relay shows here before a citizen notices), how many wait unpublished, and how often a repeat was
/// skipped (a relay re-publishing after lost confirms, a broker redelivering). Prometheus names:
/// platform_messaging_event_lag_seconds, platform_messaging_outbox_backlog, platform_messaging_inbox_repeats_total.
/// </summary>
public sealed class MessagingMetrics
{
    public const string EventLag = "platform.messaging.event_lag";
    public const string OutboxBacklog = "platform.messaging.outbox.backlog";
    public const string InboxRepeats = "platform.messaging.inbox.repeats";

    /// <summary>From a few milliseconds in one process to minutes behind a broker outage.</summary>
    static readonly double[] LagBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900];

    readonly ConcurrentDictionary<string, long> _backlogs = new();
    readonly Histogram<double> _lag;
    readonly Counter<long> _repeats;

    public MessagingMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Telemetry.MeterName);
        _lag = meter.CreateHistogram(EventLag, "s",
            "Time from an event's staging in the outbox to its consumer's start", tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = LagBuckets });
        _repeats = meter.CreateCounter<long>(InboxRepeats, "{message}",
            "Deliveries an inbox skipped because the consumer had already applied the message");
        meter.CreateObservableGauge(OutboxBacklog, ObserveBacklogs, "{message}",
            "Events stored but not yet published, per outbox, as its relay last counted them");
    }

    public void Consumed(string consumer, TimeSpan lag) =>
        _lag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("platform.consumer", consumer));

    public void RepeatSkipped(string consumer) =>
        _repeats.Add(1, new KeyValuePair<string, object?>("platform.consumer", consumer));

    public void Backlog(string outbox, long count) => _backlogs[outbox] = count;

    IEnumerable<Measurement<long>> ObserveBacklogs() =>
        _backlogs.Select(pair =>
            new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("platform.outbox", pair.Key)));
}
