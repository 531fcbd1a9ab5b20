using System.Diagnostics.Metrics;

namespace Platform.ComponentTests.Deployment;

/// <summary>The dashboard test's translation of instrument names, on the collector's own documented cases.</summary>
public sealed class PrometheusNamesTests
{
    [Fact]
    public void Names_units_and_kinds_translate_as_the_collector_translates_them()
    {
        using var meter = new Meter("PrometheusNamesTests");
        Assert.Equal(["http_server_request_duration_seconds_bucket", "http_server_request_duration_seconds_sum",
            "http_server_request_duration_seconds_count"],
            PrometheusNames.Of(meter.CreateHistogram<double>("http.server.request.duration", "s")));
        Assert.Equal(["platform_cases_accepted_total"],
            PrometheusNames.Of(meter.CreateCounter<long>("platform.cases.accepted", "{case}")));
        Assert.Equal(["messaging_masstransit_consume_ea_total"],
            PrometheusNames.Of(meter.CreateCounter<long>("messaging.masstransit.consume", "ea")));
        Assert.Equal(["platform_messaging_outbox_backlog"],
            PrometheusNames.Of(meter.CreateObservableGauge("platform.messaging.outbox.backlog", () => 0L, "{message}")));
        Assert.Equal(["system_network_io_bytes_total"],
            PrometheusNames.Of(meter.CreateCounter<long>("system.network.io", "By")));
        Assert.Equal(["cpu_utilization_ratio"],
            PrometheusNames.Of(meter.CreateObservableGauge("cpu.utilization", () => 0.5, "1")));
        Assert.Equal(["requests_total"], PrometheusNames.Of(meter.CreateCounter<long>("requests.total", "1")));
        Assert.Equal(["transfer_bytes_per_second"],
            PrometheusNames.Of(meter.CreateObservableGauge("transfer", () => 0L, "By/s")));
        Assert.Equal(["elapsed_seconds"], PrometheusNames.Of(meter.CreateUpDownCounter<long>("elapsed.seconds", "s")));
    }
}
