namespace Platform.SealedBidClient;

/// <summary>
/// The body of <c>POST /api/bidding/projects/{id}/bids</c>: base64 AES-256-GCM ciphertext (16-byte tag appended,
/// as WebCrypto produces it), base64 12-byte nonce, hex SHA-256 of the UTF-8 JSON plaintext.
/// </summary>
public sealed record SealedBid(string Ciphertext, string Nonce, string PlaintextSha256);
