using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// Marks an import route that reads its CSV file from the raw request body (it checks the Content-Type itself, with a
/// problem a person can act on): documentation only, so the route's behaviour stays exactly as it is (an
/// <c>Accepts</c> declaration would make routing answer 415 before the route's own check).
/// </summary>
public sealed class CsvRequestBody
{
    public static OpenApiRequestBody Describe() => new()
    {
        Required = true,
        Description = "带表头的 CSV 文件（UTF-8 或 GBK/GB18030 编码），Content-Type: text/csv。",
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
        },
    };
}
