using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.ComponentTests.Observability;

/// <summary>
/// The measurements one in-process host records on the meters its own IMeterFactory made (so the hosts of tests
/// running in parallel do not mix), as OpenTelemetry's exporter would see them.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentQueue<Measured> _measured = new();

    public MetricCapture(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public sealed record Measured(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

    /// <summary>Every measurement of the instrument whose tags include all of <paramref name="tags"/>.</summary>
    public IReadOnlyList<Measured> Of(string instrument, params (string Key, string Value)[] tags) =>
        _measured.Where(m => m.Instrument == instrument
                && tags.All(tag => m.Tags.TryGetValue(tag.Key, out var value) && Equals(value as string, tag.Value)))
            .ToList();

    public double Sum(string instrument, params (string Key, string Value)[] tags) =>
        Of(instrument, tags).Sum(m => m.Value);

    /// <summary>Reads the observable instruments (gauges) once, as a scrape would.</summary>
    public void Observe() => _listener.RecordObservableInstruments();

    void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copied = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            copied[tag.Key] = tag.Value;
        }
        _measured.Enqueue(new Measured(instrument.Name, value, copied));
    }

    public void Dispose() => _listener.Dispose();
}
