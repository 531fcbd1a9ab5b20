using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.ComponentTests.Security;

/// <summary>
/// One operation of an OpenAPI document: its method, path template and, when the document describes one, the JSON
/// schema of its body with every $ref resolved.
/// </summary>
public sealed partial record ApiRoute(string Service, string Method, string Template, JsonObject? BodySchema)
{
    /// <summary>The route as the authorization table names it: "POST /api/intake/cases/{caseNo}/complete".</summary>
    public string Key => $"{Method} {Template}";

    public bool IsWrite => Method is "POST" or "PUT" or "PATCH";

    /// <summary>The CSV uploads (the endpoint reads the body itself, so the documents do not show it).</summary>
    public bool IsImport => Template.EndsWith("/import", StringComparison.Ordinal);

    /// <summary>The names in braces (a catch-all's too, which the documents do not list as a parameter).</summary>
    public IReadOnlyList<string> PathParameters =>
        Parameter().Matches(Template).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The path with each parameter replaced by what <paramref name="valueOf"/> gives (escaped).</summary>
    public string PathWith(Func<string, string> valueOf) =>
        Parameter().Replace(Template, m => Uri.EscapeDataString(valueOf(m.Groups[1].Value)));

    public override string ToString() => Key;

    [GeneratedRegex(@"\{\*{0,2}(\w+)\}")]
    private static partial Regex Parameter();
}
