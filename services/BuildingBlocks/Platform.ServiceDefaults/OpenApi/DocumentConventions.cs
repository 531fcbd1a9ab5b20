using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// The document's own description: a Chinese title a person recognises in the API page's document list, and what
/// every operation shares (the bearer token, the problem details of errors), and the server the paths are relative to.
/// </summary>
public sealed class DocumentConventions(string documentName) : IOpenApiDocumentTransformer
{
    /// <summary>The documents in the order a reader meets them (sign in first, then the hall's services).</summary>
    public static readonly IReadOnlyList<(string Name, string Title)> Documents =
    [
        ("auth", "登录与令牌"),
        ("catalogue", "事项目录"),
        ("intake", "综合受理"),
        ("approval", "并联审批"),
        ("bidding", "公共资源交易"),
        ("disclosure", "政务公开"),
        ("supervision", "效能监督"),
        ("admin", "平台管理"),
    ];

    static readonly Dictionary<string, string> Titles = Documents.ToDictionary(d => d.Name, d => d.Title);

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Title = $"{Titles.GetValueOrDefault(documentName, documentName)} API（{documentName}）";
        document.Info.Description = "政务服务中心平台的接口。需要登录的操作使用 bearer 令牌；"
            + "所有错误以 RFC 9457 problem details（application/problem+json）返回，title/detail 为中文。";
        // Relative: the page and its "try it" requests stay on the origin that served the document (the gateway, the
        // standalone host), never a service's internal address behind the gateway.
        document.Servers = [new OpenApiServer { Url = "/", Description = "提供本文档的网关或一体化主机" }];
        return Task.CompletedTask;
    }
}
