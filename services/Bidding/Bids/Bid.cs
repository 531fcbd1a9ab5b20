namespace Platform.Bidding.Bids;

/// <summary>
/// A sealed bid: AES-256-GCM ciphertext (with its 16-byte tag at the end, as WebCrypto produces it), the 12-byte
/// nonce and the hex SHA-256 of the plaintext. Nothing readable is stored before the opening: the price and the
/// plaintext are stored only once the bidder's key opened it after the opening.
/// </summary>
public sealed class Bid
{
    public Guid Id { get; set; }
    public Guid ProjectId { get; set; }
    public required string Account { get; set; }
    public required string FirmName { get; set; }
    public required string FirmCreditCode { get; set; }
    public required byte[] Ciphertext { get; set; }
    public required byte[] Nonce { get; set; }
    public required string PlaintextSha256 { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public string? IdempotencyKey { get; set; }
    public BidStatus Status { get; set; }
    public string? Plaintext { get; set; }
    public decimal? Price { get; set; }
    public DateTimeOffset? DecryptedAt { get; set; }
    public string? InvalidReason { get; set; }
}
