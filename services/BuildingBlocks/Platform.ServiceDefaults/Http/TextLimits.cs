using Microsoft.AspNetCore.Http.HttpResults;

namespace Platform.ServiceDefaults.Http;

/// <summary>
/// Declared maximum lengths of request text: a field over its limit is a 400 validation problem naming the field, so
/// no megabyte-long window number or legal basis reaches a table, an event or a page.
/// </summary>
public sealed class TextLimits
{
    readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public TextLimits Max(string field, string? value, int maxLength)
    {
        if (value is { Length: var length } && length > maxLength)
        {
            _errors.Add(new(field, $"最长 {maxLength} 个字符（收到 {length} 个）。"));
        }
        return this;
    }

    /// <summary>A list of texts: at most <paramref name="maxItems"/> items, each at most the length.</summary>
    public TextLimits Max(string field, IEnumerable<string?>? values, int maxItems, int maxLength)
    {
        var list = values?.ToList() ?? [];
        if (list.Count > maxItems)
        {
            _errors.Add(new(field, $"最多 {maxItems} 项（收到 {list.Count} 项）。"));
            return this;
        }
        for (var i = 0; i < list.Count; i++)
        {
            Max($"{field}[{i}]", list[i], maxLength);
        }
        return this;
    }

    /// <summary>The 400 problem naming every field over its limit, or null when all fit.</summary>
    public ProblemHttpResult? Problem() =>
        _errors.Count == 0 ? null : Problems.Invalid(_errors);
}
