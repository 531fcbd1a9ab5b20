namespace Platform.Bidding.OpenData;

/// <summary>The award (定标): the winning bidder and its price.</summary>
public sealed record OcdsAward(string Id, string Status, DateTimeOffset Date, OcdsValue Value,
    IReadOnlyList<OcdsOrganizationReference> Suppliers);
