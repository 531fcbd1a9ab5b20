using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Platform.ComponentTests.Intake;

namespace Platform.ComponentTests.Observability;

/// <summary>
/// One trace from the caller through intake's request, its outbox, the bus and supervision's consumer: the relay
/// publishes inside an activity whose parent is the context stored with the event, so the consume continues the
/// caller's trace although it runs on another thread, later, from a row in the database.
/// </summary>
public sealed class TracePropagationTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();
    readonly ConcurrentQueue<Activity> _stopped = new();
    readonly ActivityListener _listener;

    public TracePropagationTests() => _listener = new ActivityListener
    {
        ShouldListenTo = source => source.Name is "Platform" or "MassTransit",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        ActivityStopped = _stopped.Enqueue,
    };

    public Task InitializeAsync()
    {
        ActivitySource.AddActivityListener(_listener);
        return _hall.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _hall.DisposeAsync();
    }

    [Fact]
    public async Task The_callers_trace_id_reaches_the_consumer_of_the_event_through_the_outbox()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/applications")
        {
            Content = JsonContent.Create(new
            {
                matterCode = "SC-001",
                windowNo = "A01",
                applicant = IntakeScenario.Person(),
                materials = IntakeScenario.AllPresentSc001,
                outcome = "accept",
            }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await _hall.Window.SendAsync(request)).EnsureSuccessStatusCode();

        Assert.True(await Eventually.TrueAsync(() => Consumed(traceId) is not null),
            "no consume of ApplicationAccepted ran in the caller's trace");
        var relay = Assert.Single(_stopped, a => a.TraceId == traceId && a.Source.Name == "Platform"
            && a.OperationName == "outbox publish ApplicationAccepted");
        Assert.Equal(ActivityKind.Producer, relay.Kind);
        // The chain: the consume descends from the relay's publish, which descends from the request.
        var byId = _stopped.Where(a => a.TraceId == traceId).ToDictionary(a => a.SpanId);
        var ancestor = Consumed(traceId)!;
        while (ancestor.SpanId != relay.SpanId && byId.TryGetValue(ancestor.ParentSpanId, out var parent))
        {
            ancestor = parent;
        }
        Assert.Equal(relay.SpanId, ancestor.SpanId);
    }

    /// <summary>MassTransit's activity of supervision's consumer (its consumer_type tag names the class).</summary>
    Activity? Consumed(ActivityTraceId traceId) =>
        _stopped.FirstOrDefault(a => a.TraceId == traceId && a.Source.Name == "MassTransit"
            && a.Kind == ActivityKind.Consumer
            && a.TagObjects.Any(tag => tag.Value?.ToString()?.Contains("ApplicationAcceptedConsumer",
                StringComparison.Ordinal) == true));
}
