using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.IntegrationTests.Bidding;

/// <summary>
/// A bidder's sealing, as the README's client example does it (copied from the component tests' SealedBidClient):
/// AES-256-GCM with a fresh key and 12-byte nonce, the 16-byte tag appended to the ciphertext.
/// </summary>
static class SealedBids
{
    public sealed record SealedBid(string Ciphertext, string Nonce, string PlaintextSha256);

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
