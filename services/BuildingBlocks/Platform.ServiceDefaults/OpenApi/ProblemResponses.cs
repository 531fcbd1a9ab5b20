using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// The RFC 9457 answers (application/problem+json) a route can give by its shape: 400 for any input it reads,
/// 422 for a body it checks, 401/403 when it is authorized, 404 when it addresses something by its path, 409 when
/// it changes state, 413/415 for an uploaded CSV file.
/// </summary>
public static class ProblemResponses
{
    public const string SchemaName = "ProblemDetails";
    const string MediaType = "application/problem+json";

    static readonly Dictionary<int, string> Descriptions = new()
    {
        [400] = "请求的参数或内容格式有误，请按说明更正后重试。",
        [401] = "未登录或令牌已失效，请重新登录。",
        [403] = "当前账号的角色或部门无权执行此操作。",
        [404] = "路径所指的对象不存在。",
        [409] = "与对象的当前状态冲突（例如已被他人修改或已办结），请刷新后再试。",
        [413] = "上传的文件过大。",
        [415] = "内容类型不符，请以 text/csv 上传。",
        [422] = "内容格式正确，但未通过业务校验；详情见 errors。",
    };

    /// <summary>The 4xx an operation can answer; <paramref name="csv"/>: its body is a CSV file.</summary>
    public static SortedSet<int> For(ApiDescription description, bool authorized, bool csv)
    {
        var sources = description.ParameterDescriptions.Select(p => p.Source).ToList();
        var body = csv || sources.Any(s => s == BindingSource.Body || s == BindingSource.Form
            || s == BindingSource.FormFile);
        var statuses = new SortedSet<int>();
        if (body || sources.Contains(BindingSource.Query))
        {
            statuses.Add(400);
        }
        if (body)
        {
            statuses.Add(422);
        }
        if (authorized)
        {
            statuses.UnionWith([401, 403]);
        }
        if (description.RelativePath?.Contains('{') == true)
        {
            statuses.Add(404);
        }
        if (description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE")
        {
            statuses.Add(409);
        }
        if (csv)
        {
            statuses.UnionWith([413, 415]);
        }
        return statuses;
    }

    /// <summary>
    /// Adds the statuses the route may answer, and gives a problem body to those the endpoint declared without one
    /// (a typed <c>NotFound</c> result declares its 404 but no content).
    /// </summary>
    public static async Task AddAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        IEnumerable<int> statuses, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        await EnsureSchemaAsync(context, document, cancellationToken);
        operation.Responses ??= [];
        var declared = operation.Responses.Keys
            .Where(k => k.StartsWith('4') && operation.Responses[k].Content is not { Count: > 0 })
            .Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var status in statuses.Union(declared).Order())
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var existing) && existing.Content is { Count: > 0 })
            {
                continue;
            }
            operation.Responses[key] = new OpenApiResponse
            {
                Description = Descriptions.GetValueOrDefault(status, $"HTTP {key}"),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [MediaType] = new() { Schema = new OpenApiSchemaReference(SchemaName, document) },
                },
            };
        }
    }

    static async Task EnsureSchemaAsync(OpenApiOperationTransformerContext context, OpenApiDocument document,
        CancellationToken cancellationToken)
    {
        if (document.Components?.Schemas?.ContainsKey(SchemaName) == true)
        {
            return;
        }
        var schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        document.AddComponent<IOpenApiSchema>(SchemaName, schema);
    }
}
