using System.Diagnostics.Metrics;

namespace Platform.ComponentTests.Deployment;

/// <summary>
/// The names an OpenTelemetry instrument has in Prometheus once the collector's prometheus exporter translated it
/// (add_metric_suffixes; pkg/translator/prometheus, normalize_name.go): the name's words joined by _, the unit as a
/// word unless the name has it already (s → seconds, ms → milliseconds, By → bytes, "ea" stays; a unit with
/// {annotations} adds nothing), counters end in _total, a gauge in "1" in _ratio, and a histogram is three series,
/// _bucket, _sum and _count.
/// </summary>
public static class PrometheusNames
{
    static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["d"] = "days",
        ["h"] = "hours",
        ["min"] = "minutes",
        ["s"] = "seconds",
        ["ms"] = "milliseconds",
        ["us"] = "microseconds",
        ["ns"] = "nanoseconds",
        ["By"] = "bytes",
        ["KiBy"] = "kibibytes",
        ["MiBy"] = "mebibytes",
        ["GiBy"] = "gibibytes",
        ["1"] = "",
        ["%"] = "percent",
    };

    static readonly Dictionary<string, string> PerUnits = new(StringComparer.Ordinal)
    {
        ["s"] = "second",
        ["m"] = "minute",
        ["h"] = "hour",
        ["d"] = "day",
        ["w"] = "week",
    };

    public static IEnumerable<string> Of(Instrument instrument)
    {
        var kind = instrument.GetType().IsGenericType ? instrument.GetType().GetGenericTypeDefinition() : null;
        var tokens = Words(instrument.Name);
        var unit = (instrument.Unit ?? "").Split('/', 2);
        if (UnitWord(tokens, unit[0], Units) is { } main)
        {
            tokens.Add(main);
        }
        if (unit.Length > 1 && UnitWord(tokens, unit[1], PerUnits) is { } per)
        {
            tokens.AddRange(["per", per]);
        }
        if (kind == typeof(Counter<>) || kind == typeof(ObservableCounter<>))
        {
            tokens.RemoveAll(token => token == "total");
            tokens.Add("total");
        }
        if (instrument.Unit == "1" && (kind == typeof(ObservableGauge<>) || kind == typeof(Gauge<>)))
        {
            tokens.RemoveAll(token => token == "ratio");
            tokens.Add("ratio");
        }
        var name = string.Join('_', tokens);
        return kind == typeof(Histogram<>) ? [name + "_bucket", name + "_sum", name + "_count"] : [name];
    }

    /// <summary>The unit's word, unless it is blank, annotated, or already one of the name's words.</summary>
    static string? UnitWord(List<string> tokens, string unit, Dictionary<string, string> words)
    {
        unit = unit.Trim();
        if (unit.Length == 0 || unit.Contains('{') || unit.Contains('}'))
        {
            return null;
        }
        var word = string.Join('_', Words(words.GetValueOrDefault(unit, unit)));
        return word.Length == 0 || tokens.Contains(word) ? null : word;
    }

    static List<string> Words(string text) =>
        text.Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(),
            StringSplitOptions.RemoveEmptyEntries).ToList();
}
