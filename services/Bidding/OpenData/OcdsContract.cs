namespace Platform.Bidding.OpenData;

/// <summary>The signed contract, at the awarded price (the hall records no other contract value).</summary>
public sealed record OcdsContract(string Id, string AwardID, string Status, DateTimeOffset DateSigned,
    OcdsValue Value);
