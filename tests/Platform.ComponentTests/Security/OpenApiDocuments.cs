using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Platform.ComponentTests.Security;

/// <summary>Reads the routes of the host's OpenAPI documents (/openapi/{service}.json, README).</summary>
public static class OpenApiDocuments
{
    public static readonly IReadOnlyList<string> Services =
        ["auth", "admin", "catalogue", "intake", "approval", "bidding", "disclosure", "supervision"];

    static readonly string[] Methods = ["get", "head", "post", "put", "patch", "delete"];

    public static async Task<IReadOnlyList<ApiRoute>> RoutesAsync(HttpClient client, string service)
    {
        var document = (await client.GetFromJsonAsync<JsonObject>($"/openapi/{service}.json"))!;
        var schemas = document["components"]?["schemas"] as JsonObject ?? [];
        var routes = new List<ApiRoute>();
        foreach (var (template, operations) in document["paths"] as JsonObject ?? [])
        {
            foreach (var method in Methods.Where(m => operations![m] is not null))
            {
                var body = operations![method]!["requestBody"]?["content"]?["application/json"]?["schema"];
                routes.Add(new ApiRoute(service, method.ToUpperInvariant(), template,
                    body is null ? null : Resolve(body, schemas, depth: 0)));
            }
        }
        return routes;
    }

    public static async Task<IReadOnlyList<ApiRoute>> AllRoutesAsync(HttpClient client)
    {
        var all = new List<ApiRoute>();
        foreach (var service in Services)
        {
            all.AddRange(await RoutesAsync(client, service));
        }
        return all;
    }

    /// <summary>
    /// A copy of the schema with $ref replaced by the component, "oneOf [null, X]" by X, and "type" reduced to its
    /// first non-null entry, so a sample can be built by looking at one node at a time.
    /// </summary>
    static JsonObject Resolve(JsonNode schema, JsonObject schemas, int depth)
    {
        if (depth > 8)
        {
            return new JsonObject { ["type"] = "object" };
        }
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(schemas[reference.Split('/')[^1]]!, schemas, depth + 1);
        }
        if (schema["oneOf"] is JsonArray choices)
        {
            var chosen = choices.FirstOrDefault(c => c?["type"]?.ToString() != "null") ?? choices[0]!;
            return Resolve(chosen, schemas, depth + 1);
        }
        var resolved = new JsonObject();
        foreach (var (name, value) in (JsonObject)schema)
        {
            resolved[name] = name switch
            {
                "type" when value is JsonArray types =>
                    types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
                "items" => Resolve(value!, schemas, depth + 1),
                "properties" => new JsonObject(((JsonObject)value!).Select(p =>
                    KeyValuePair.Create(p.Key, (JsonNode?)Resolve(p.Value!, schemas, depth + 1)))),
                _ => value?.DeepClone(),
            };
        }
        return resolved;
    }
}
