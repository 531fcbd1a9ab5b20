using System.Globalization;
using System.Text;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// An operationId from the method and the route, for endpoints without a name of their own: unique per document (a
/// document never has two operations on the same method and path) and stable across builds, so a generated client
/// keeps its method names. <c>GET api/intake/cases/{id:guid}/files</c> becomes <c>getIntakeCasesByIdFiles</c>.
/// </summary>
public static class OperationIds
{
    public static string From(string? method, string? relativePath)
    {
        var id = new StringBuilder((method ?? "get").ToLowerInvariant());
        var segments = (relativePath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        // "api" is on every route; the service name stays so the ids also read well across documents.
        foreach (var segment in segments.SkipWhile(s => s.Equals("api", StringComparison.OrdinalIgnoreCase)))
        {
            if (segment.StartsWith('{'))
            {
                id.Append("By");
                AppendWords(id, segment.Trim('{', '}').Split(':', '=', '?')[0].TrimStart('*'));
            }
            else
            {
                AppendWords(id, segment);
            }
        }
        return id.ToString();
    }

    /// <summary>Letters and digits only (URL-safe), each word capitalised: "hall-clock" → "HallClock".</summary>
    static void AppendWords(StringBuilder id, string text)
    {
        var upper = true;
        foreach (var character in text)
        {
            if (!char.IsAsciiLetterOrDigit(character))
            {
                upper = true;
                continue;
            }
            id.Append(upper ? char.ToUpper(character, CultureInfo.InvariantCulture) : character);
            upper = false;
        }
    }
}
