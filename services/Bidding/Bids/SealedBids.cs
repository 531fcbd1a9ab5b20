using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Bidding.Bids;

/// <summary>
/// Opening a sealed bid with the bidder's key: AES-256-GCM (the last 16 bytes of the ciphertext are the tag), then
/// the plaintext's SHA-256 against the hash committed with the bid, then its price. Keys and plaintexts are never
/// logged.
/// </summary>
public static class SealedBids
{
    public const int TagBytes = 16;

    /// <summary>The plaintext, or null when the key does not open the ciphertext.</summary>
    public static byte[]? Decrypt(Bid bid, byte[] key)
    {
        if (key.Length != 32 || bid.Ciphertext.Length <= TagBytes)
        {
            return null;
        }
        var sealedText = bid.Ciphertext.AsSpan(0, bid.Ciphertext.Length - TagBytes);
        var tag = bid.Ciphertext.AsSpan(bid.Ciphertext.Length - TagBytes);
        var plaintext = new byte[sealedText.Length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(bid.Nonce, sealedText, tag, plaintext);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    public static bool MatchesHash(Bid bid, byte[] plaintext) =>
        Convert.ToHexStringLower(SHA256.HashData(plaintext)) == bid.PlaintextSha256;

    /// <summary>The positive "price" of the JSON plaintext (a number or a numeric string), or null.</summary>
    public static decimal? Price(byte[] plaintext)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(plaintext));
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("price", out var price))
            {
                return null;
            }
            decimal? value = price.ValueKind switch
            {
                JsonValueKind.Number when price.TryGetDecimal(out var number) => number,
                JsonValueKind.String when decimal.TryParse(price.GetString(),
                    System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture,
                    out var text) => text,
                _ => null,
            };
            return value > 0 ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
