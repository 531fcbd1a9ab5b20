using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Intake;
using Platform.Contracts.Intake;
using Platform.Intake.Statistics;
using Platform.ServiceDefaults.Observability;
using Platform.Supervision.Warnings;

namespace Platform.ComponentTests.Observability;

/// <summary>
/// The meter "Platform" counts what the platform decided, when it committed it, once: cases accepted, completed and
/// completed on time, warnings raised; and the inbox's health: event lag and skipped repeats.
/// </summary>
public sealed class BusinessMetricsTests : IAsyncLifetime
{
    readonly IntakeScenario _hall = new();
    MetricCapture _metrics = null!;

    public async Task InitializeAsync()
    {
        await _hall.InitializeAsync();
        _metrics = new MetricCapture(_hall.Host.Services);
    }

    public async Task DisposeAsync()
    {
        _metrics.Dispose();
        await _hall.DisposeAsync();
    }

    static readonly (string, string) Market = ("platform.department", "SCJGJ");

    [Fact]
    public async Task Acceptance_and_completion_are_counted_once_by_department_and_on_time()
    {
        await _hall.AcceptAsync();
        var instant = await _hall.Submit(new
        {
            matterCode = "SC-002",
            windowNo = "A01",
            applicant = IntakeScenario.Person(),
            materials = IntakeScenario.Materials(("个体工商户登记申请书", "present"), ("经营者身份证明", "present")),
            outcome = "complete-now",
            result = "approved",
        });
        instant.EnsureSuccessStatusCode();

        Assert.Equal(2, _metrics.Sum(CaseMetrics.Accepted, Market, ("platform.channel", "window")));
        Assert.Equal(1, _metrics.Sum(CaseMetrics.Completed, Market));
        Assert.Equal(1, _metrics.Sum(CaseMetrics.CompletedOnTime, Market));
        Assert.Equal(0, _metrics.Sum(CaseMetrics.Accepted, ("platform.department", "JTJ")));
    }

    [Fact]
    public async Task Imported_history_is_not_counted_but_the_warning_raised_on_it_is_once()
    {
        const string cases = """
            caseNo,matterCode,acceptedAt,completedAt,suspendedWorkingDays
            M-1,SC-001,2025-09-23T09:00:00+08:00,,0
            M-2,SC-001,2025-09-22T09:00:00+08:00,2025-09-23T09:00:00+08:00,0
            """;
        _hall.Host.Clock.Set("2025-09-24T10:00:00+08:00");
        (await _hall.Admin.PostAsync("/api/intake/cases/import", new StringContent(cases, Encoding.UTF8, "text/csv")))
            .EnsureSuccessStatusCode();
        Assert.True(await Eventually.TrueAsync(() => Supervised(2)));

        _hall.Host.Clock.Set("2025-09-30T10:00:00+08:00"); // M-1 was due 09-29: red
        for (var run = 0; run < 2; run++)
        {
            (await _hall.Supervisor.PostAsync("/api/supervision/warnings/evaluate", null)).EnsureSuccessStatusCode();
        }

        Assert.Equal(1, _metrics.Sum(WarningMetrics.Raised, Market, ("platform.warning.level", "red")));
        Assert.Empty(_metrics.Of(CaseMetrics.Accepted));
        Assert.Empty(_metrics.Of(CaseMetrics.Completed));
    }

    [Fact]
    public async Task A_redelivered_event_is_counted_as_a_repeat_and_its_first_delivery_measures_lag()
    {
        var message = new ApplicationAccepted("R-1", "SC-001", "食品经营许可", "SCJGJ", "promised", 20, 5, "A01",
            "natural", new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.FromHours(8)), new DateOnly(2025, 10, 14),
            "test", false);
        var messageId = NewId.NextGuid();
        var bus = _hall.Host.Services.GetRequiredService<IBus>();
        var consumer = ("platform.consumer", "ApplicationAcceptedConsumer");

        await bus.Publish(message, context => context.MessageId = messageId);
        Assert.True(await Eventually.TrueAsync(() => _metrics.Of(MessagingMetrics.EventLag, consumer).Count == 1));
        Assert.Empty(_metrics.Of(MessagingMetrics.InboxRepeats));
        // The same message again, as a relay re-publishes it after a lost confirm.
        await bus.Publish(message, context => context.MessageId = messageId);
        Assert.True(await Eventually.TrueAsync(() => _metrics.Sum(MessagingMetrics.InboxRepeats, consumer) == 1));

        var lag = Assert.Single(_metrics.Of(MessagingMetrics.EventLag, consumer));
        Assert.InRange(lag.Value, 0, 60);
    }

    async Task<bool> Supervised(int accepted)
    {
        var figures = await _hall.Supervisor.GetFromJsonAsync<JsonElement>(
            "/api/supervision/metrics?from=2025-09-01&to=2025-09-30");
        return figures.GetProperty("accepted").GetInt32() >= accepted;
    }
}
