using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// This service's own bearer token for calls to other services, never a caller's: in Auth:Mode Local a short-lived
/// token signed with the shared key (subject service:{name}, role <see cref="Roles.Service"/>); in Oidc the
/// client-credentials grant of Auth:ServiceClientId / Auth:ServiceClientSecret at the authority's token endpoint.
/// Kept until a minute before it expires.
/// </summary>
public sealed class ServiceTokens(AuthSettings settings, string serviceName, IHttpClientFactory clients)
{
    static readonly TimeSpan LocalLifetime = TimeSpan.FromMinutes(10);

    readonly SemaphoreSlim _renewing = new(1, 1);
    (string Token, DateTime RenewAt)? _current;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && DateTime.UtcNow < current.RenewAt)
        {
            return current.Token;
        }
        await _renewing.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } renewed && DateTime.UtcNow < renewed.RenewAt)
            {
                return renewed.Token;
            }
            var (token, lifetime) = settings.IsOidc ? await FromAuthorityAsync(cancellationToken) : Local();
            _current = (token, DateTime.UtcNow + lifetime - TimeSpan.FromMinutes(1));
            return token;
        }
        finally
        {
            _renewing.Release();
        }
    }

    (string, TimeSpan) Local()
    {
        var credentials = new SigningCredentials(settings.ResolveSigningKey(), SecurityAlgorithms.HmacSha256);
        Claim[] claims = [new("sub", $"service:{serviceName}"), new("name", serviceName), new("role", Roles.Service)];
        return (LocalTokens.Sign(settings, credentials, claims, LocalLifetime), LocalLifetime);
    }

    async Task<(string, TimeSpan)> FromAuthorityAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.ServiceClientId)
            || string.IsNullOrWhiteSpace(settings.ServiceClientSecret))
        {
            throw new InvalidOperationException(
                "Auth:Mode is Oidc: set Auth:ServiceClientId and Auth:ServiceClientSecret for calls between services.");
        }
        var discovery = new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.Authority!.TrimEnd('/') + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever());
        var endpoint = (await discovery.GetConfigurationAsync(cancellationToken)).TokenEndpoint;
        using var response = await clients.CreateClient(nameof(ServiceTokens)).PostAsync(endpoint,
            new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = settings.ServiceClientId,
                ["client_secret"] = settings.ServiceClientSecret,
            }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken)
            ?? throw new InvalidOperationException($"The token endpoint {endpoint} answered no token.");
        return (answer.AccessToken, TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 120)));
    }

    sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
