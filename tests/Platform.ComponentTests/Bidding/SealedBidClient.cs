using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.ComponentTests.Bidding;

/// <summary>
/// The client example for bidders' own systems (README, "Sealed bids"): seal a bid before uploading it and keep the
/// key until the opening. The platform never sees the key before the opening; it stores only what this returns.
/// <code>
/// var (body, key) = SealedBidClient.Seal(new { price = 1234567.89m, duration = "180 日历天" });
/// POST /api/bidding/projects/{id}/bids with body            → 201 {"bidId"}
/// … after the opening: POST …/bids/{bidId}/key {"key": key}  → the price is read and checked against the hash
/// </code>
/// </summary>
public static class SealedBidClient
{
    public sealed record SealedBid(string Ciphertext, string Nonce, string PlaintextSha256);

    /// <summary>AES-256-GCM with a fresh key and 12-byte nonce; the 16-byte tag is appended to the ciphertext.</summary>
    public static (SealedBid Body, string Key) Seal(object bid)
    {
        var plaintext = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(bid));
        var key = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }
        var body = new SealedBid(Convert.ToBase64String([.. ciphertext, .. tag]), Convert.ToBase64String(nonce),
            Convert.ToHexStringLower(SHA256.HashData(plaintext)));
        return (body, Convert.ToBase64String(key));
    }
}
