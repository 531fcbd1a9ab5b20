namespace Platform.Bidding.OpenData;

/// <summary>
/// One release: the contracting process as it stood at one stage (its date). Awards and contracts are null (left
/// out of the JSON) before they happened.
/// </summary>
public sealed record OcdsRelease(string Ocid, string Id, DateTimeOffset Date, IReadOnlyList<string> Tag,
    string InitiationType, IReadOnlyList<OcdsParty> Parties, OcdsOrganizationReference Buyer, OcdsTender Tender,
    IReadOnlyList<OcdsAward>? Awards, IReadOnlyList<OcdsContract>? Contracts);
