namespace Platform.ComponentTests.Deployment;

/// <summary>One rendered Kubernetes object: kind, name and body as nested dictionaries, lists and strings.</summary>
sealed record Manifest(string Kind, string Name, Dictionary<string, object?> Body)
{
    public static Manifest From(Dictionary<string, object?> body) =>
        new((string)body["kind"]!, (string)Map(body, "metadata")["name"]!, body);

    public static Dictionary<string, object?> Map(Dictionary<string, object?> node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            current = current.TryGetValue(key, out var next) && next is Dictionary<string, object?> map ? map : [];
        }
        return current;
    }

    public static IEnumerable<Dictionary<string, object?>> List(Dictionary<string, object?> node, string key) =>
        node.TryGetValue(key, out var value) && value is List<object?> items
            ? items.OfType<Dictionary<string, object?>>()
            : [];

    public static string? Text(Dictionary<string, object?> node, params string[] path) =>
        Map(node, path[..^1]).TryGetValue(path[^1], out var value) ? value as string : null;

    /// <summary>The pod template's spec of a workload (Deployment, StatefulSet, Job).</summary>
    public Dictionary<string, object?> PodSpec => Map(Body, "spec", "template", "spec");

    public Dictionary<string, object?> PodLabels => Map(Body, "spec", "template", "metadata", "labels");

    /// <summary>Every string anywhere in the body (values, commands, decoded Secret data).</summary>
    public IEnumerable<string> Strings()
    {
        var data = Kind == "Secret" ? Map(Body, "data") : [];
        var decoded = data.Values.OfType<string>()
            .Select(value => System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(value)));
        return Walk(Body).Concat(decoded);
    }

    static IEnumerable<string> Walk(object? node) => node switch
    {
        string text => [text],
        Dictionary<string, object?> map => map.Values.SelectMany(Walk),
        List<object?> list => list.SelectMany(Walk),
        _ => [],
    };
}
