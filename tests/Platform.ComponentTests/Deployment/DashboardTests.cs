using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ComponentTests.Architecture;
using Platform.ComponentTests.Infrastructure;
using Platform.ComponentTests.Observability;
using Platform.Contracts.Intake;
using Platform.ServiceDefaults.Messaging;
using Platform.Supervision.Data;
using YamlDotNet.RepresentationModel;

namespace Platform.ComponentTests.Deployment;

/// <summary>
/// The compose stack's Grafana dashboards load (provisioning points at the folder compose mounts them in), every
/// panel asks Prometheus something, and every metric asked for is one the platform emits under the name the
/// collector gives it in Prometheus; a renamed instrument or a typo shows here instead of as an empty panel.
/// </summary>
public sealed partial class DashboardTests
{
    static readonly string Grafana = Path.Combine(RepositoryRoot.Path, "deploy", "compose", "grafana");
    static readonly string[] Expected = ["platform-hall-efficiency", "platform-messaging-health", "platform-http-red"];

    /// <summary>Series Prometheus has of its own, not from the platform.</summary>
    static readonly HashSet<string> Standard = ["up", "scrape_duration_seconds", "scrape_samples_scraped"];

    [Fact]
    public void Grafana_provisions_the_dashboards_from_the_folder_compose_mounts()
    {
        var mounts = Sequence(Yaml(Path.Combine(RepositoryRoot.Path, "docker-compose.yml"))["services"]["grafana"]
                ["volumes"])
            .Select(volume => ((YamlScalarNode)volume).Value!.Split(':'))
            .ToDictionary(parts => parts[1], parts => Path.GetFullPath(Path.Combine(RepositoryRoot.Path, parts[0])));
        Assert.Equal(Path.Combine(Grafana, "provisioning"), mounts["/etc/grafana/provisioning"]);

        var provisioning = Yaml(Path.Combine(Grafana, "provisioning", "dashboards", "dashboards.yml"));
        var provider = Assert.Single(Sequence(provisioning["providers"]));
        Assert.Equal("file", Scalar(provider["type"]));
        var path = Scalar(provider["options"]["path"]);
        Assert.True(mounts.TryGetValue(path, out var folder), $"nothing is mounted at {path} in the grafana service");
        Assert.Equal(Path.Combine(Grafana, "dashboards"), folder);
        Assert.Equal(Expected.Order(), Dashboards().Select(d => d.GetProperty("uid").GetString()!).Order());
    }

    [Fact]
    public void Every_panel_has_a_query_on_the_provisioned_prometheus()
    {
        var datasources = Sequence(Yaml(Path.Combine(Grafana, "provisioning", "datasources", "datasources.yml"))
            ["datasources"]);
        var prometheus = Scalar(Assert.Single(datasources, d => Scalar(d["type"]) == "prometheus")["uid"]);
        foreach (var dashboard in Dashboards())
        {
            var panels = Panels(dashboard).ToList();
            Assert.NotEmpty(panels);
            foreach (var panel in panels)
            {
                var where = $"{dashboard.GetProperty("uid")} / {panel.GetProperty("title")}";
                Assert.Equal(prometheus, panel.GetProperty("datasource").GetProperty("uid").GetString());
                var targets = panel.GetProperty("targets").EnumerateArray().ToList();
                Assert.True(targets.Count > 0, $"{where} has no query");
                Assert.All(targets, target =>
                    Assert.False(string.IsNullOrWhiteSpace(target.GetProperty("expr").GetString()), where));
            }
        }
    }

    [Fact]
    public async Task Every_metric_a_dashboard_queries_is_one_the_platform_emits()
    {
        var emitted = new ConcurrentDictionary<string, byte>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                foreach (var name in PrometheusNames.Of(instrument))
                {
                    emitted[name] = 0;
                }
            },
        };
        listener.Start();
        using var data = new TempDirectory();
        await using var host = new StandaloneFactory(data.Path);
        using var client = host.CreateClient();
        (await client.GetAsync("/health/live")).EnsureSuccessStatusCode();
        // An event through the bus and an inbox: MassTransit's and the inbox's instruments come to life.
        await host.Services.GetRequiredService<IBus>().Publish(new ApplicationAccepted("D-1", "SC-001", "食品经营许可",
            "SCJGJ", "promised", 20, 5, "A01", "natural", new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.FromHours(8)),
            new DateOnly(2025, 10, 14), "test", false));
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SupervisionDbContext>().Set<InboxMessage>()
                .AnyAsync();
        }), "supervision did not consume the event");

        // MassTransit keeps its instruments in static fields (LogContextInstrumentationExtensions), made once per process on the meter of the first host
        // that started a bus: in a test run the first host may be another test's, long disposed, and its meter
        // publishes nothing to a listener started now. The instruments (names, units, kinds) are still those fields.
        var massTransit = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "MassTransit")
            .GetTypes()
            .Where(type => !type.ContainsGenericParameters)
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(field => field.FieldType.IsAssignableTo(typeof(Instrument)))
            .Select(field => field.GetValue(null)).OfType<Instrument>().ToList();
        Assert.Contains(massTransit, instrument => instrument.Name == "messaging.masstransit.consume");
        foreach (var instrument in massTransit)
        {
            foreach (var name in PrometheusNames.Of(instrument))
            {
                emitted[name] = 0;
            }
        }

        var queried = Dashboards().SelectMany(Queries).SelectMany(PromQl.MetricNames).ToHashSet();
        Assert.Contains("platform_cases_accepted_total", queried);
        Assert.Contains("http_server_request_duration_seconds_bucket", queried);
        var unknown = queried.Where(name => !emitted.ContainsKey(name) && !Standard.Contains(name)).Order().ToList();
        Assert.True(unknown.Count == 0, $"queried but not emitted: {string.Join(", ", unknown)}; emitted: "
            + string.Join(", ", emitted.Keys.Where(k => k.StartsWith("platform_", StringComparison.Ordinal)
                || k.StartsWith("messaging_", StringComparison.Ordinal) || k.StartsWith("http_", StringComparison.Ordinal))
                .Order()));
    }

    static IEnumerable<string> Queries(JsonElement dashboard)
    {
        foreach (var panel in Panels(dashboard))
        {
            foreach (var target in panel.GetProperty("targets").EnumerateArray())
            {
                yield return target.GetProperty("expr").GetString()!;
            }
        }
        foreach (var variable in dashboard.GetProperty("templating").GetProperty("list").EnumerateArray())
        {
            var query = variable.GetProperty("definition").GetString()!;
            yield return LabelValues().Match(query) is { Success: true } match ? match.Groups[1].Value : query;
        }
    }

    /// <summary>The panels, those inside collapsed rows included; a row itself queries nothing.</summary>
    static IEnumerable<JsonElement> Panels(JsonElement dashboard) =>
        dashboard.GetProperty("panels").EnumerateArray().SelectMany(panel =>
            panel.GetProperty("type").GetString() == "row"
                ? panel.TryGetProperty("panels", out var inner) ? inner.EnumerateArray().ToList() : []
                : new List<JsonElement> { panel });

    static List<JsonElement> Dashboards() =>
        Directory.GetFiles(Path.Combine(Grafana, "dashboards"), "*.json")
            .Select(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone())
            .ToList();

    static YamlMappingNode Yaml(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    static IEnumerable<YamlNode> Sequence(YamlNode node) => ((YamlSequenceNode)node).Children;

    static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value!;

    [GeneratedRegex(@"^label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*,")]
    private static partial Regex LabelValues();
}
