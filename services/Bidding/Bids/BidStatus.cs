namespace Platform.Bidding.Bids;

/// <summary>
/// sealed (only ciphertext held) → decrypted (the key opened it and the hash matched); or invalid (the plaintext did
/// not match the hash or holds no price) or withdrawn (no working key within the opening window).
/// </summary>
public enum BidStatus
{
    Sealed,
    Decrypted,
    Invalid,
    Withdrawn,
}
