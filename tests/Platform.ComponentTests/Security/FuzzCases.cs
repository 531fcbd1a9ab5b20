using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Platform.ComponentTests.Security;

/// <summary>
/// The bodies sent to each write route: broken JSON, JSON of the wrong shape, and for a plausible body each property
/// in turn null, of every other JSON type, out of range, and (strings) 100 000 characters long; for CSV imports a bad
/// file and binary bytes.
/// </summary>
public static class FuzzCases
{
    public const int OversizedLength = 100_000;
    public const string Oversized = "100000 characters";

    static readonly (string Kind, Func<JsonNode?> Value)[] Kinds =
    [
        ("string", () => "not-a-number"),
        ("number", () => 12345),
        ("array", () => new JsonArray(1, "x")),
        ("object", () => new JsonObject { ["a"] = 1 }),
        ("bool", () => true),
    ];

    public static IEnumerable<FuzzCase> For(ApiRoute route)
    {
        yield return new("no body", () => null);
        yield return Json("malformed JSON", """{"a": [1, 2""");
        yield return Json("not JSON at all", "<xml>nope</xml>");
        yield return Json("empty object", "{}");
        yield return Json("JSON null", "null");
        yield return Json("JSON array", "[]");
        yield return Json("JSON string", "\"text\"");
        if (route.IsImport)
        {
            foreach (var upload in Uploads())
            {
                yield return upload;
            }
        }
        if (SampleBodies.For(route) is not { } sample)
        {
            yield break;
        }
        yield return Json("plausible body", sample.ToJsonString());
        foreach (var (path, segments, current) in Properties(sample, "$", []))
        {
            foreach (var (name, value) in Mutations(current))
            {
                yield return new($"{path} = {name}", () =>
                {
                    var body = sample.DeepClone();
                    Set(body, segments, value());
                    return JsonContent(body.ToJsonString());
                });
            }
        }
    }

    static IEnumerable<(string Name, Func<JsonNode?> Value)> Mutations(JsonNode? current)
    {
        yield return ("null", () => null);
        var kind = current?.GetValueKind().ToString().ToLowerInvariant() switch
        {
            "true" or "false" => "bool",
            { } other => other,
            null => "null",
        };
        foreach (var (other, value) in Kinds.Where(k => k.Kind != kind))
        {
            yield return (other, value);
        }
        if (kind == "string")
        {
            yield return (Oversized, () => new string('x', OversizedLength));
        }
        if (kind == "number")
        {
            yield return ("-1", () => -1);
            yield return ("2^31", () => 2147483648L);
            yield return ("1e308", () => JsonNode.Parse("1e308"));
        }
    }

    /// <summary>Every property of the body, nested ones and the first item of arrays included, by JSON path.</summary>
    static IEnumerable<(string Path, object[] Segments, JsonNode? Current)> Properties(JsonNode node, string path,
        object[] segments)
    {
        var children = node switch
        {
            JsonObject obj => obj.Select(p => ($"{path}.{p.Key}", (object)p.Key, p.Value)).ToList(),
            JsonArray { Count: > 0 } array => [($"{path}[0]", 0, array[0])],
            _ => [],
        };
        foreach (var (childPath, segment, value) in children)
        {
            object[] childSegments = [.. segments, segment];
            yield return (childPath, childSegments, value);
            if (value is not null)
            {
                foreach (var nested in Properties(value, childPath, childSegments))
                {
                    yield return nested;
                }
            }
        }
    }

    static void Set(JsonNode root, object[] segments, JsonNode? value)
    {
        var parent = segments[..^1].Aggregate(root, (node, segment) =>
            segment is int index ? node[index]! : node[(string)segment]!);
        if (segments[^1] is int last)
        {
            parent[last] = value;
        }
        else
        {
            parent[(string)segments[^1]] = value;
        }
    }

    static IEnumerable<FuzzCase> Uploads()
    {
        yield return Csv("bad CSV", "code,\"name\nA-1,\"unterminated,quote\n,,,,,,,,,,,,,,,,,,,,,,,,,,\n\"\"\"\n");
        yield return Csv("CSV header only", "a,b,c\n");
        yield return Csv("CSV of the wrong columns", "x;y;z\n1;2;3\n");
        yield return new("binary blob as CSV", () => Binary("text/csv"));
        yield return new("binary blob", () => Binary("application/octet-stream"));
        yield return new("multipart with a binary file", () =>
        {
            var form = new MultipartFormDataContent();
            form.Add(Binary("application/octet-stream"), "file", "upload.csv");
            return form;
        });
    }

    static ByteArrayContent Binary(string mediaType)
    {
        var bytes = new byte[64 * 1024];
        new Random(17).NextBytes(bytes);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }

    static FuzzCase Json(string name, string text) => new(name, () => JsonContent(text));

    static FuzzCase Csv(string name, string text) =>
        new(name, () => new StringContent(text, Encoding.UTF8, "text/csv"));

    static StringContent JsonContent(string text) => new(text, Encoding.UTF8, "application/json");
}
