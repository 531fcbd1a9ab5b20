namespace Platform.Bidding.Bids;

/// <summary>The bid's AES-256 key (base64 of 32 bytes), supplied by the bidder during the opening window.</summary>
public sealed record KeyRequest(string? Key);
