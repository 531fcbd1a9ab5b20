namespace Platform.Bidding.OpenData;

/// <summary>A reference to an entry of the release's parties, by its id.</summary>
public sealed record OcdsOrganizationReference(string Id, string Name)
{
    public static OcdsOrganizationReference To(OcdsParty party) => new(party.Id, party.Name);
}
