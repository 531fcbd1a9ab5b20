using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Platform.Bidding.Bids;

namespace Platform.Bidding.Demo;

/// <summary>
/// Seals a demo bid as a bidder's system does (AES-256-GCM, the tag after the ciphertext) and opens it again with
/// the key, so the stored ciphertext, hash, plaintext and price agree as after a real opening.
/// </summary>
static class DemoSealing
{
    public static (Bid Bid, byte[] Key) Seal(Guid projectId, DemoFirm firm, object content, DateTimeOffset at)
    {
        var plaintext = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(content, JsonSerializerOptions.Web));
        var key = RandomNumberGenerator.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[SealedBids.TagBytes];
        using (var aes = new AesGcm(key, tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag);
        }
        var bid = new Bid
        {
            Id = Guid.NewGuid(),
            ProjectId = projectId,
            Account = firm.Account,
            FirmName = firm.Name,
            FirmCreditCode = firm.CreditCode,
            Ciphertext = [.. ciphertext, .. tag],
            Nonce = nonce,
            PlaintextSha256 = Convert.ToHexStringLower(SHA256.HashData(plaintext)),
            SubmittedAt = at,
            Status = BidStatus.Sealed,
        };
        return (bid, key);
    }

    /// <summary>What the bidder's key reveals: the plaintext and its price, checked against the hash.</summary>
    public static (string Plaintext, decimal Price) Open(Bid bid, byte[] key)
    {
        var plaintext = SealedBids.Decrypt(bid, key)
            ?? throw new InvalidOperationException("The demo bid does not open with its key.");
        if (!SealedBids.MatchesHash(bid, plaintext) || SealedBids.Price(plaintext) is not { } price)
        {
            throw new InvalidOperationException("The demo bid does not match its hash or has no price.");
        }
        return (Encoding.UTF8.GetString(plaintext), price);
    }
}
