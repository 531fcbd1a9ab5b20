namespace Platform.Bidding.OpenData;

/// <summary>An organization of the process with its roles (partyRole codelist: buyer, tenderer, supplier).</summary>
public sealed record OcdsParty(string Id, string Name, OcdsIdentifier Identifier, IReadOnlyList<string> Roles);
