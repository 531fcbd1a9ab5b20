using System.Net.Http.Headers;

namespace Platform.ServiceDefaults.Security;

/// <summary>Sends every call of a service client with this service's own token (<see cref="ServiceTokens"/>).</summary>
sealed class ServiceTokenHandler(ServiceTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
