using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.SealedBidClient;

/// <summary>
/// The two calls a bidder's system makes: upload the sealed bid before the deadline (with an Idempotency-Key, so a
/// retry after a lost answer does not count twice), and supply the key during the opening window. Without a token the
/// client's own default headers authenticate (a caller that signs in another way).
/// </summary>
public sealed class HallClient(HttpClient http, string? accessToken = null)
{
    public async Task<Guid> UploadAsync(Guid projectId, SealedBid body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/bidding/projects/{projectId}/bids")
        {
            Content = JsonContent.Create(body, options: JsonSerializerOptions.Web),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        var answer = await SendAsync(request);
        return answer.GetProperty("bidId").GetGuid();
    }

    public async Task<JsonElement> SupplyKeyAsync(Guid projectId, Guid bidId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"/api/bidding/projects/{projectId}/bids/{bidId}/key")
        {
            Content = JsonContent.Create(new { key }),
        };
        return await SendAsync(request);
    }

    /// <summary>A refusal is an RFC 9457 problem: its detail says what to do, so it is what the bidder sees.</summary>
    async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{(int)response.StatusCode}: {text}", null, response.StatusCode);
        }
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
