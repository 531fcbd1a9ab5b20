namespace Platform.Bidding.OpenData;

/// <summary>澄清/修改 of the tender: when and what (the new deadline is in the release's tenderPeriod).</summary>
public sealed record OcdsAmendment(string Id, DateTimeOffset Date, string Description);
