using System.Net.Http.Headers;

namespace Platform.ServiceDefaults.Security;

/// <summary>Sends every call of a service client with this service's own token (<see cref="ServiceTokens"/>).</summary>
sealed class ServiceTokenHandler(ServiceTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        var token = await tokens.GetAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
