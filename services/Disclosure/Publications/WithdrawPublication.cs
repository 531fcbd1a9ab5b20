namespace Platform.Disclosure.Publications;

public sealed record WithdrawPublication(string? Reason);
