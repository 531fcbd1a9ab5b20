namespace Platform.Bidding.OpenData;

/// <summary>A published tender document (documentType codelist: biddingDocuments).</summary>
public sealed record OcdsDocument(string Id, string DocumentType, string Title, string Url);
