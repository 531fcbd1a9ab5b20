namespace Platform.Bidding.Bids;

/// <summary>
/// A sealed bid as the bidder's own software made it (DESIGN §6): base64 AES-256-GCM ciphertext (tag appended, as
/// WebCrypto does) and 12-byte nonce of a UTF-8 JSON plaintext holding at least "price"; hex SHA-256 of the plaintext.
/// </summary>
public sealed record BidRequest(string? Ciphertext, string? Nonce, string? PlaintextSha256);
