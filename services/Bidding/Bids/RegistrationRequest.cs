namespace Platform.Bidding.Bids;

/// <summary>报名: the firm the signed-in account acts for.</summary>
public sealed record RegistrationRequest(string? FirmName, string? FirmCreditCode);
