namespace Platform.Bidding.Projects;

/// <summary>A tender document: its title and where it is published (http or https only).</summary>
public sealed record ProjectDocument(string Title, string Url);
