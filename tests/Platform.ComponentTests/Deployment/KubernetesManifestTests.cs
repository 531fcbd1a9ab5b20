using System.Text.RegularExpressions;

namespace Platform.ComponentTests.Deployment;

/// <summary>
/// deploy/k8s as `kubectl kustomize` renders it (issue 14): every process runs with probes on its health endpoints,
/// resources and a non-root read-only container; every ConfigMap, Secret, volume claim and Service that something
/// names exists in the render or is one of the documented external ones (deploy/k8s/README.md); production runs two
/// or more replicas of each process behind a disruption budget and an autoscaler, with quorum queues.
/// </summary>
public sealed partial class KubernetesManifestTests
{
    /// <summary>What the production overlay expects the installation to provide (deploy/k8s/README.md).</summary>
    static readonly Dictionary<string, HashSet<string>> External = new()
    {
        ["demo:Secret"] = [],
        ["demo:Service"] = ["otel-collector"],
        ["production:Secret"] = ["platform-databases", "platform-messaging", "platform-auth", "hall-tls"],
        ["production:Service"] = ["otel-collector"],
    };

    static readonly string[] Processes =
        ["catalogue", "intake", "approval", "bidding", "disclosure", "supervision", "gateway"];

    [KubectlTheory]
    [InlineData("demo")]
    [InlineData("production")]
    public void Each_process_has_a_deployment_with_a_service(string overlay)
    {
        var render = Kubectl.Render(overlay);

        foreach (var process in Processes)
        {
            Assert.Contains(render, m => m.Kind == "Deployment" && m.Name == process);
            Assert.Contains(render, m => m.Kind == "Service" && m.Name == process);
        }
        Assert.Contains(render, m => m.Kind == "Ingress" && BackendServices(m).Contains("gateway"));
    }

    [KubectlTheory]
    [InlineData("demo")]
    [InlineData("production")]
    public void Every_container_has_probes_resources_and_a_non_root_read_only_file_system(string overlay)
    {
        var problems = new List<string>();
        foreach (var deployment in Kubectl.Render(overlay).Where(m => m.Kind == "Deployment"))
        {
            var pod = deployment.PodSpec;
            var podNonRoot = Manifest.Text(pod, "securityContext", "runAsNonRoot") == "true";
            var tmpVolumes = Manifest.List(pod, "volumes")
                .Where(v => v.ContainsKey("emptyDir")).Select(v => (string)v["name"]!).ToHashSet();
            foreach (var container in Manifest.List(pod, "containers"))
            {
                var where = $"{deployment.Name}/{container["name"]}";
                foreach (var probe in new[] { "readinessProbe", "livenessProbe" })
                {
                    var path = Manifest.Text(container, probe, "httpGet", "path");
                    if (path is null || !path.StartsWith("/health/", StringComparison.Ordinal))
                    {
                        problems.Add($"{where}: no {probe} on /health/*");
                    }
                }
                if (Manifest.Text(container, "readinessProbe", "httpGet", "path") != "/health/ready")
                {
                    problems.Add($"{where}: readiness is not /health/ready");
                }
                var tmp = Manifest.List(container, "volumeMounts")
                    .Any(m => (string?)m["mountPath"] == "/tmp" && tmpVolumes.Contains((string)m["name"]!));
                if (!tmp)
                {
                    problems.Add($"{where}: no emptyDir at /tmp");
                }
            }
            foreach (var container in Manifest.List(pod, "containers").Concat(Manifest.List(pod, "initContainers")))
            {
                var where = $"{deployment.Name}/{container["name"]}";
                foreach (var part in new[] { "requests", "limits" })
                {
                    foreach (var resource in new[] { "cpu", "memory" })
                    {
                        if (Manifest.Text(container, "resources", part, resource) is null)
                        {
                            problems.Add($"{where}: no {resource} {part}");
                        }
                    }
                }
                var security = Manifest.Map(container, "securityContext");
                if (!podNonRoot && Manifest.Text(security, "runAsNonRoot") != "true")
                {
                    problems.Add($"{where}: may run as root");
                }
                if (Manifest.Text(security, "readOnlyRootFilesystem") != "true")
                {
                    problems.Add($"{where}: root file system is writable");
                }
                if (Manifest.Text(security, "allowPrivilegeEscalation") != "false")
                {
                    problems.Add($"{where}: privilege escalation allowed");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [KubectlTheory]
    [InlineData("demo")]
    [InlineData("production")]
    public void Every_config_map_secret_claim_and_service_named_exists_or_is_documented_external(string overlay)
    {
        var render = Kubectl.Render(overlay);
        var missing = new List<string>();
        void Check(string kind, string name, string by)
        {
            var provided = render.Any(m => m.Kind == kind && m.Name == name)
                || External.GetValueOrDefault($"{overlay}:{kind}", []).Contains(name)
                // The RabbitMQ cluster operator creates a Service named after its RabbitmqCluster.
                || (kind == "Service" && render.Any(m => m.Kind == "RabbitmqCluster" && m.Name == name));
            if (!provided)
            {
                missing.Add($"{kind} {name} (named by {by})");
            }
        }

        foreach (var manifest in render)
        {
            var by = $"{manifest.Kind} {manifest.Name}";
            var pod = manifest.PodSpec;
            var containers = Manifest.List(pod, "containers").Concat(Manifest.List(pod, "initContainers")).ToList();
            foreach (var source in containers.SelectMany(c => Manifest.List(c, "envFrom")))
            {
                if (Manifest.Text(source, "configMapRef", "name") is { } configMap)
                {
                    Check("ConfigMap", configMap, by);
                }
                if (Manifest.Text(source, "secretRef", "name") is { } secret)
                {
                    Check("Secret", secret, by);
                }
            }
            foreach (var variable in containers.SelectMany(c => Manifest.List(c, "env")))
            {
                if (Manifest.Text(variable, "valueFrom", "configMapKeyRef", "name") is { } configMap)
                {
                    Check("ConfigMap", configMap, by);
                }
                if (Manifest.Text(variable, "valueFrom", "secretKeyRef", "name") is { } secret)
                {
                    Check("Secret", secret, by);
                }
            }
            foreach (var volume in Manifest.List(pod, "volumes"))
            {
                if (Manifest.Text(volume, "configMap", "name") is { } configMap)
                {
                    Check("ConfigMap", configMap, by);
                }
                if (Manifest.Text(volume, "secret", "secretName") is { } secret)
                {
                    Check("Secret", secret, by);
                }
                if (Manifest.Text(volume, "persistentVolumeClaim", "claimName") is { } claim)
                {
                    Check("PersistentVolumeClaim", claim, by);
                }
            }
            if (manifest.Kind == "Ingress")
            {
                foreach (var tls in Manifest.List(Manifest.Map(manifest.Body, "spec"), "tls"))
                {
                    Check("Secret", (string)tls["secretName"]!, by);
                }
                foreach (var service in BackendServices(manifest))
                {
                    Check("Service", service, by);
                }
            }
            foreach (var host in manifest.Strings().SelectMany(ServiceHosts).Distinct())
            {
                Check("Service", host, by);
            }
        }
        Assert.True(missing.Count == 0, "Named but not provided:\n" + string.Join("\n", missing.Distinct()));
    }

    [KubectlTheory]
    [InlineData("demo")]
    [InlineData("production")]
    public void Every_service_selects_the_pods_of_a_workload(string overlay)
    {
        var render = Kubectl.Render(overlay);
        var podLabels = render.Where(m => m.Kind is "Deployment" or "StatefulSet").Select(m => m.PodLabels).ToList();

        foreach (var service in render.Where(m => m.Kind == "Service"))
        {
            var selector = Manifest.Map(service.Body, "spec", "selector");
            Assert.True(selector.Count > 0 && podLabels.Any(labels => Selects(selector, labels)),
                $"Service {service.Name} selects no pods of the render.");
        }
    }

    [KubectlTheory]
    [InlineData("production")]
    public void Production_runs_two_or_more_replicas_with_a_disruption_budget_and_an_autoscaler(string overlay)
    {
        var render = Kubectl.Render(overlay);
        var budgets = render.Where(m => m.Kind == "PodDisruptionBudget")
            .Select(m => Manifest.Map(m.Body, "spec", "selector", "matchLabels")).ToList();
        var autoscalers = render.Where(m => m.Kind == "HorizontalPodAutoscaler").ToList();

        foreach (var deployment in render.Where(m => m.Kind == "Deployment"))
        {
            Assert.True(int.Parse(Manifest.Text(deployment.Body, "spec", "replicas") ?? "1") >= 2,
                $"Deployment {deployment.Name} has fewer than 2 replicas.");
            Assert.True(budgets.Any(selector => Selects(selector, deployment.PodLabels)),
                $"Deployment {deployment.Name} has no PodDisruptionBudget.");
            var autoscaler = autoscalers.SingleOrDefault(a =>
                Manifest.Text(a.Body, "spec", "scaleTargetRef", "kind") == "Deployment"
                && Manifest.Text(a.Body, "spec", "scaleTargetRef", "name") == deployment.Name);
            Assert.True(autoscaler is not null, $"Deployment {deployment.Name} has no HorizontalPodAutoscaler.");
            Assert.True(int.Parse(Manifest.Text(autoscaler.Body, "spec", "minReplicas") ?? "1") >= 2,
                $"The autoscaler of {deployment.Name} may scale it below 2 replicas.");
        }
    }

    [KubectlTheory]
    [InlineData("demo", "false")]
    [InlineData("production", "true")]
    public void Quorum_queues_are_on_in_production_only(string overlay, string expected)
    {
        var config = Kubectl.Render(overlay).Single(m => m.Kind == "ConfigMap" && m.Name == "platform-config");

        Assert.Equal(expected, Manifest.Text(config.Body, "data", "Messaging__QuorumQueues"));
    }

    [KubectlTheory]
    [InlineData("production")]
    public void Production_has_no_demo_accounts_and_a_first_administrator_from_its_secret(string overlay)
    {
        var render = Kubectl.Render(overlay);
        var gateway = render.Single(m => m.Kind == "Deployment" && m.Name == "gateway");
        var names = Manifest.List(gateway.PodSpec, "containers").SelectMany(c => Manifest.List(c, "env"))
            .Select(v => (string)v["name"]!).ToList();

        Assert.DoesNotContain(render.SelectMany(m => m.Strings()), s => s.Contains("DemoAccounts"));
        Assert.DoesNotContain(names, n => n.Contains("DemoAccounts", StringComparison.Ordinal));
        Assert.Contains("Accounts__Bootstrap__AdminUsername", names);
        Assert.Contains("Accounts__Bootstrap__AdminPasswordHash", names);
    }

    static bool Selects(Dictionary<string, object?> selector, Dictionary<string, object?> labels) =>
        selector.All(pair => labels.TryGetValue(pair.Key, out var value) && Equals(value, pair.Value));

    static IEnumerable<string> BackendServices(Manifest ingress) =>
        Manifest.List(Manifest.Map(ingress.Body, "spec"), "rules")
            .SelectMany(rule => Manifest.List(Manifest.Map(rule, "http"), "paths"))
            .Select(path => Manifest.Text(path, "backend", "service", "name"))
            .OfType<string>();

    /// <summary>
    /// Short host names (a Service in the namespace) in URLs, Npgsql connection strings ("Host=postgres") and
    /// StackExchange.Redis ones ("redis:6379"); names with a dot point outside and are not checked.
    /// </summary>
    static IEnumerable<string> ServiceHosts(string text) =>
        HostPattern().Matches(text).Select(m => m.Groups["host"].Value).Where(h => h != "localhost");

    [GeneratedRegex(
        @"(?:https?|amqp)://(?:[^@/\s]+@)?(?<host>[a-z][a-z0-9-]*)(?=[:/]|$)"
        + @"|Host=(?<host>[a-z][a-z0-9-]*)(?=;|$)"
        + @"|^(?<host>[a-z][a-z0-9-]*):\d+(?=,|$)",
        RegexOptions.Multiline)]
    private static partial Regex HostPattern();
}
