using System.Diagnostics;
using MassTransit;
using Platform.WorkingDays;

namespace Platform.ComponentTests.Architecture;

/// <summary>
/// The deploy order (docs/architecture.md): a service starts only after every service that consumes its events, so
/// no event goes into an exchange before the queue that should receive it is bound. Checked against docker-compose's
/// depends_on (as docker-compose itself resolves the file) and deploy/local's start waves.
/// </summary>
public sealed class DeployOrderTests
{
    static readonly string[] Services = ["catalogue", "intake", "approval", "bidding", "disclosure", "supervision"];

    /// <summary>Which service publishes an event: the contracts' area, and the catalogue for the calendar.</summary>
    static string Publisher(Type message) =>
        message == typeof(CalendarChanged) ? "catalogue"
            : message.Namespace!.Split('.').Last().ToLowerInvariant();

    /// <summary>(publisher, consumer) for every event one service consumes from another.</summary>
    static IEnumerable<(string Publisher, string Consumer, string Event)> Subscriptions()
    {
        foreach (var service in Services)
        {
            var assembly = System.Reflection.Assembly.Load($"Platform.{Capitalized(service)}");
            var consumed = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false })
                .SelectMany(t => t.GetInterfaces())
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>))
                .Select(i => i.GetGenericArguments()[0]).Where(m => !m.IsGenericParameter).ToHashSet();
            // A service that follows the calendar consumes CalendarChanged through the shared consumer.
            var folder = Path.Combine(RepositoryRoot.Path, "services", Capitalized(service));
            if (Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Any(file => File.ReadAllText(file).Contains("AddFollowedCalendar<", StringComparison.Ordinal)))
            {
                consumed.Add(typeof(CalendarChanged));
            }
            foreach (var message in consumed.Where(m => Publisher(m) != service))
            {
                yield return (Publisher(message), service, message.Name);
            }
        }
    }

    static string Capitalized(string service) => char.ToUpperInvariant(service[0]) + service[1..];

    [Fact]
    public async Task In_docker_compose_every_publisher_waits_for_the_consumers_of_its_events()
    {
        Assert.Contains(("intake", "supervision", "ApplicationAccepted"), Subscriptions()); // the scan finds them
        var dependsOn = await ComposeDependenciesAsync();
        var missing = Subscriptions()
            .Where(s => !dependsOn.GetValueOrDefault(s.Publisher, []).Contains(s.Consumer))
            .Select(s => $"{s.Publisher} publishes {s.Event}, consumed by {s.Consumer}: add depends_on {s.Consumer}")
            .Distinct().ToList();
        Assert.True(missing.Count == 0, string.Join('\n', missing));
    }

    [Fact]
    public void The_local_distributed_mode_starts_consumers_in_an_earlier_wave_than_their_publishers()
    {
        // env.sh: START_WAVES=("supervision" "disclosure intake" ...): each wave is ready before the next starts.
        var line = File.ReadLines(Path.Combine(RepositoryRoot.Path, "deploy", "local", "env.sh"))
            .Single(l => l.StartsWith("START_WAVES=(", StringComparison.Ordinal));
        var waves = line["START_WAVES=(".Length..line.LastIndexOf(')')].Split('"', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        int Wave(string service) => waves.FindIndex(w => w.Contains(service));
        Assert.All(Services, service => Assert.True(Wave(service) >= 0, $"{service} is in no start wave"));
        var wrong = Subscriptions().Where(s => Wave(s.Consumer) >= Wave(s.Publisher))
            .Select(s => $"{s.Consumer} (consumes {s.Event}) must start in a wave before {s.Publisher}").Distinct().ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    /// <summary>service -> the services it depends on, from `docker-compose config` (YAML anchors and merges resolved).</summary>
    static async Task<Dictionary<string, HashSet<string>>> ComposeDependenciesAsync()
    {
        var info = new ProcessStartInfo("docker-compose", ["-f", Path.Combine(RepositoryRoot.Path, "docker-compose.yml"), "config"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());

        var result = new Dictionary<string, HashSet<string>>();
        string? service = null;
        var inDependsOn = false;
        var inServices = false;
        foreach (var raw in output.Split('\n'))
        {
            var indent = raw.Length - raw.TrimStart().Length;
            var text = raw.Trim();
            if (indent == 0)
            {
                inServices = text == "services:";
                service = null;
            }
            else if (inServices && indent == 2 && text.EndsWith(':'))
            {
                service = text.TrimEnd(':');
                result[service] = [];
                inDependsOn = false;
            }
            else if (service is not null && indent == 4)
            {
                inDependsOn = text == "depends_on:";
            }
            else if (service is not null && inDependsOn && indent == 6 && text.EndsWith(':'))
            {
                result[service].Add(text.TrimEnd(':'));
            }
        }
        return result;
    }
}
