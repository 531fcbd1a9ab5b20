using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.ComponentTests.Architecture;
using YamlDotNet.RepresentationModel;

namespace Platform.ComponentTests.Deployment;

/// <summary>Renders an overlay of deploy/k8s with `kubectl kustomize`, once per overlay, as plain objects.</summary>
static class Kubectl
{
    public static readonly string? Path = Find();

    static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Manifest>>> Renders = new();

    public static IReadOnlyList<Manifest> Render(string overlay) =>
        Renders.GetOrAdd(overlay, name => new Lazy<IReadOnlyList<Manifest>>(() => Parse(Run(name)))).Value;

    static string Run(string overlay)
    {
        var folder = System.IO.Path.Combine(RepositoryRoot.Path, "deploy", "k8s", "overlays", overlay);
        var info = new ProcessStartInfo(Path!, ["kustomize", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"kubectl kustomize {overlay} failed:\n{errors.Result}");
        return output;
    }

    static List<Manifest> Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents
            .Select(document => Manifest.From((Dictionary<string, object?>)Plain(document.RootNode)!))
            .ToList();
    }

    static object? Plain(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            pair => ((YamlScalarNode)pair.Key).Value!, pair => Plain(pair.Value)),
        YamlSequenceNode sequence => sequence.Children.Select(Plain).ToList(),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };

    static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => System.IO.Path.Combine(folder, "kubectl"))
            .FirstOrDefault(File.Exists);
}
