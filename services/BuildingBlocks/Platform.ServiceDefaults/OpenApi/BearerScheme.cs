using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.OpenApi;

/// <summary>
/// The one security scheme of every document: the bearer JWT the edge issues (or the OIDC provider in production),
/// sent as <c>Authorization: Bearer …</c>.
/// </summary>
public static class BearerScheme
{
    public const string Name = "bearer";

    public static OpenApiSecurityRequirement Requirement(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        if (!document.Components.SecuritySchemes.ContainsKey(Name))
        {
            document.AddComponent<IOpenApiSecurityScheme>(Name, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "登录后取得的访问令牌（POST /api/auth/token），放在请求头 Authorization: Bearer 之后。",
            });
        }
        return new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Name, document)] = [] };
    }
}
