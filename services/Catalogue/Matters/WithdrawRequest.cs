namespace Platform.Catalogue.Matters;

public sealed record WithdrawRequest(string? Reason);
