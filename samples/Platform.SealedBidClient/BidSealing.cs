using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.SealedBidClient;

/// <summary>
/// Seals a bid before it leaves the bidder's machine. The key stays with the bidder until the opening: the platform
/// stores only what <see cref="Seal(object)"/> returns as the body, so nobody there can read the price before the deadline.
/// <code>
/// var (body, key) = BidSealing.Seal(new { price = 1234567.89m, duration = "180 日历天" });
/// POST /api/bidding/projects/{id}/bids with body            → 201 {"bidId"}
/// … after the opening: POST …/bids/{bidId}/key {"key": key}  → the price is read and checked against the hash
/// </code>
/// </summary>
public static class BidSealing
{
    const int KeyBytes = 32;
    const int NonceBytes = 12;
    const int TagBytes = 16;

    /// <summary>AES-256-GCM with a fresh key and nonce; returns the upload body and the key (base64).</summary>
    public static (SealedBid Body, string Key) Seal(object bid) =>
        Seal(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(bid)));

    /// <summary>Seals a plaintext already serialised (UTF-8 JSON holding at least <c>price</c>).</summary>
    public static (SealedBid Body, string Key) Seal(byte[] plaintext)
    {
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var nonce = RandomNumberGenerator.GetBytes(NonceBytes);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }
        var body = new SealedBid(Convert.ToBase64String([.. ciphertext, .. tag]), Convert.ToBase64String(nonce),
            Convert.ToHexStringLower(SHA256.HashData(plaintext)));
        return (body, Convert.ToBase64String(key));
    }
}
