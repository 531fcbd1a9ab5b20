using System.Text.RegularExpressions;

namespace Platform.ComponentTests.Deployment;

/// <summary>
/// The metric names a PromQL expression reads: what is left once strings, label matchers, ranges, grouping clauses,
/// Grafana's $variables, numbers, functions (a name before "(") and keywords are taken out.
/// </summary>
public static partial class PromQl
{
    static readonly HashSet<string> Keywords =
        ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset"];

    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var rest = Strings().Replace(expression, " ");
        rest = Matchers().Replace(rest, " ");
        rest = Ranges().Replace(rest, " ");
        rest = Grouping().Replace(rest, " ");
        rest = Variables().Replace(rest, " ");
        return Identifiers().Matches(rest)
            .Where(match => !match.Groups["call"].Success && !Keywords.Contains(match.Groups["name"].Value))
            .Select(match => match.Groups["name"].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Matchers();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Ranges();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")]
    private static partial Regex Grouping();

    [GeneratedRegex(@"\$\{?\w+\}?")]
    private static partial Regex Variables();

    [GeneratedRegex(@"(?<![\w.])(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifiers();
}
